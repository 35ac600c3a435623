package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.CalendarEntry;
import cn.dangjian.calendar.CalendarFilter;
import cn.dangjian.calendar.EventDetail;
import cn.dangjian.calendar.EventStatus;
import cn.dangjian.calendar.EventType;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.security.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** 党建日历: month, week and list of the events the viewer may see, coloured by type. */
@Route("calendar")
@Menu(title = "calendar.nav.calendar", order = 30, icon = "CALENDAR")
@PermitAll
@StyleSheet("context://styles/calendar.css")
class CalendarView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CalendarUi ui;
    private final FullCalendar calendar = new FullCalendar();
    private final ComboBox<BranchRef> branch = new ComboBox<>();
    private final MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<EventStatus> statuses = new MultiSelectComboBox<>();
    private final Map<Long, BranchRef> branches;

    CalendarView(CalendarUi ui) {
        this.ui = ui;
        addClassName("view");
        addClassName("calendar-view");
        setSizeFull();
        AppUser user = ui.user();
        branches = ui.branchMap();
        Map<Long, EventType> typeMap = ui.types();

        branch.setPlaceholder(getTranslation("calendar.filter.allBranches"));
        branch.setItems(branches.values());
        branch.setItemLabelGenerator(b -> b.code() + " " + b.name());
        branch.setClearButtonVisible(true);
        branch.setVisible(user.seesWholeHospital());
        branch.setId("filter-branch");
        types.setPlaceholder(getTranslation("calendar.filter.allTypes"));
        types.setItems(typeMap.values());
        types.setItemLabelGenerator(t -> t.name(getLocale()));
        statuses.setPlaceholder(getTranslation("calendar.filter.allStatuses"));
        statuses.setItems(EventStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("enum.EventStatus." + s));
        branch.addValueChangeListener(e -> calendar.refresh());
        types.addValueChangeListener(e -> calendar.refresh());
        statuses.addValueChangeListener(e -> calendar.refresh());

        HorizontalLayout toolbar = new HorizontalLayout(branch, types, statuses);
        toolbar.addClassName("toolbar");
        if (!ui.editableBranches().isEmpty()) {
            Button add = new Button(
                    getTranslation("calendar.event.new"),
                    VaadinIcon.PLUS.create(),
                    e -> EventDialog.create(ui, selectedBranch(), ui.today(), calendar::refresh));
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("event-new");
            toolbar.add(add);
            Button plan = new Button(
                    getTranslation("calendar.plan.title"),
                    VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> PlanDialog.open(ui, calendar::refresh));
            plan.setId("plan-open");
            toolbar.add(plan);
        }
        Button subscribe = new Button(
                getTranslation("calendar.feed.subscribe"),
                VaadinIcon.LINK.create(),
                e -> FeedDialog.open(ui, selectedBranch()));
        subscribe.setId("feed-open");
        toolbar.add(subscribe);

        calendar.setId("calendar");
        calendar.setWidthFull();
        calendar.setHeight("calc(100vh - 210px)");
        calendar.getStyle().set("min-height", "520px");
        calendar.setEntryProvider((from, to) -> entries(from, to, typeMap));
        calendar.addEntryClickListener(id -> {
            try {
                EventDialog.open(ui, Long.parseLong(id), calendar::refresh);
            } catch (RuntimeException ex) {
                Notifier.error(this, ex);
            }
        });
        calendar.addDateClickListener(date -> {
            if (!ui.editableBranches().isEmpty()) {
                EventDialog.create(ui, selectedBranch(), date, calendar::refresh);
            }
        });
        calendar.setMoveHandler((id, start, end) -> {
            try {
                EventDetail d = ui.calendar.detail(Long.parseLong(id));
                ui.schedule.reschedule(d.id(), d.version(), start, end);
                Notifier.success(this, "calendar.event.moved", d.title());
                return true;
            } catch (RuntimeException ex) {
                Notifier.error(this, ex);
                return false;
            }
        });
        add(new ViewHeader(getTranslation("calendar.nav.calendar")), toolbar, calendar);
        setFlexGrow(1, calendar);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("date").ifPresent(d -> {
            try {
                calendar.setInitialDate(LocalDate.parse(d));
            } catch (RuntimeException ignored) {
                // A bad date in a bookmark simply shows today.
            }
        });
        params.getSingleParameter("view")
                .filter(v ->
                        List.of("dayGridMonth", "timeGridWeek", "listMonth").contains(v))
                .ifPresent(calendar::setInitialView);
        params.getSingleParameter("branch").ifPresent(b -> {
            try {
                BranchRef ref = branches.get(Long.valueOf(b));
                if (ref != null && branch.isVisible()) {
                    branch.setValue(ref);
                }
            } catch (NumberFormatException ignored) {
                // Ignore a malformed link.
            }
        });
    }

    private Long selectedBranch() {
        return branch.getValue() != null ? branch.getValue().id() : ui.user().branchId();
    }

    private List<FullCalendar.Entry> entries(LocalDate from, LocalDate to, Map<Long, EventType> typeMap) {
        Set<Long> typeIds = new HashSet<>();
        types.getValue().forEach(t -> typeIds.add(t.getId()));
        CalendarFilter filter = new CalendarFilter(
                branch.getValue() == null ? null : branch.getValue().id(), typeIds, Set.copyOf(statuses.getValue()));
        boolean prefix = ui.user().seesWholeHospital() && branch.getValue() == null;
        Set<Long> editable = new HashSet<>();
        ui.editableBranches().forEach(b -> editable.add(b.id()));
        return ui.calendar.entries(from, to, filter).stream()
                .map(e -> entry(e, prefix, editable))
                .toList();
    }

    private FullCalendar.Entry entry(CalendarEntry e, boolean prefix, Set<Long> editable) {
        BranchRef b = branches.get(e.branchId());
        String title = (prefix && b != null ? b.code() + " " : "") + e.title();
        if (e.joint()) {
            // Marked joint, with the organiser named where the viewer is a partner (or sees every branch).
            boolean own = Objects.equals(e.branchId(), ui.user().branchId());
            title = getTranslation("calendar.joint.badge") + " · " + title
                    + (own || prefix || b == null ? "" : " (" + b.name() + ")");
        }
        return new FullCalendar.Entry(
                String.valueOf(e.id()),
                title,
                e.start(),
                e.end(),
                e.color(),
                e.status() == EventStatus.PLANNED && editable.contains(e.branchId()),
                "ev-" + e.status().name().toLowerCase(Locale.ROOT)
                        + (e.awaitingConfirmation() ? " ev-unconfirmed" : ""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.nav.calendar");
    }
}
