package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.DueItem;
import cn.dangjian.calendar.DueState;
import cn.dangjian.calendar.EventType;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** One branch's annual timetable: every due item with its outcome and the event that satisfied it. */
@Route("calendar/compliance/:branchId")
@PermitAll
@StyleSheet("context://styles/calendar.css")
class BranchComplianceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CalendarUi ui;
    private String title = "";
    private long branchId;
    /** The items a link asked for (?month= and ?state=, from the dashboards); all items otherwise. */
    private Predicate<DueItem> only = i -> true;

    BranchComplianceView(CalendarUi ui) {
        this.ui = ui;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int year = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("year")
                .map(Integer::valueOf)
                .orElse(ui.today().getYear());
        try {
            var params = event.getLocation().getQueryParameters();
            Integer month =
                    params.getSingleParameter("month").map(Integer::valueOf).orElse(null);
            DueState state =
                    params.getSingleParameter("state").map(DueState::valueOf).orElse(null);
            only = i ->
                    (month == null || i.dueDate().getMonthValue() == month) && (state == null || i.state() == state);
            branchId = Long.parseLong(event.getRouteParameters().get("branchId").orElse("-1"));
            render(year);
        } catch (RuntimeException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(int year) {
        List<DueItem> items = ui.compliance.branchItems(branchId, year);
        BranchRef branch = ui.branchMap().get(branchId);
        title = getTranslation("calendar.compliance.branchTitle", branch == null ? "" : branch.name());
        removeAll();
        Select<Integer> years = new Select<>();
        int now = ui.today().getYear();
        years.setItems(now, now - 1, now - 2);
        years.setValue(year);
        years.setLabel(getTranslation("calendar.compliance.year"));
        years.addValueChangeListener(e -> {
            only = i -> true;
            render(e.getValue());
        });
        Map<DueState, Long> counts = new EnumMap<>(DueState.class);
        items.forEach(i -> counts.merge(i.state(), 1L, Long::sum));
        Div cards = new Div();
        cards.addClassName("cards");
        cards.add(
                ComplianceView.card(String.valueOf(items.size()), "calendar.compliance.due", "due"),
                ComplianceView.card(
                        String.valueOf(counts.getOrDefault(DueState.ON_TIME, 0L)),
                        "calendar.compliance.onTime",
                        "ontime"),
                ComplianceView.card(
                        String.valueOf(counts.getOrDefault(DueState.LATE, 0L)), "calendar.compliance.late", "late"),
                ComplianceView.card(
                        String.valueOf(counts.getOrDefault(DueState.OVERDUE, 0L)),
                        "calendar.compliance.overdue",
                        "overdue"),
                ComplianceView.card(
                        String.valueOf(counts.getOrDefault(DueState.PENDING, 0L)),
                        "calendar.compliance.pending",
                        "pending"));
        Map<Long, EventType> types = ui.types();
        Grid<DueItem> grid = new Grid<>();
        grid.setId("due-grid");
        grid.addColumn(DueItem::periodLabel)
                .setHeader(getTranslation("calendar.compliance.period"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(i ->
                        types.containsKey(i.typeId()) ? types.get(i.typeId()).name(getLocale()) : i.typeCode())
                .setHeader(getTranslation("calendar.event.type"))
                .setAutoWidth(true)
                .setSortable(true);
        ExportedColumns.add(grid, DueItem::dueDate)
                .setHeader(getTranslation("calendar.compliance.dueDate"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(BranchComplianceView::badge)
                .setHeader(getTranslation("calendar.compliance.state"))
                .setAutoWidth(true);
        ExportedColumns.add(grid, i -> i.heldDate() == null ? "—" : i.heldDate())
                .setHeader(getTranslation("calendar.compliance.heldDate"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> {
            if (i.eventId() == null) {
                return new Span();
            }
            Button open = new Button(
                    getTranslation("calendar.compliance.openEvent"),
                    e -> EventDialog.open(ui, i.eventId(), () -> render(year)));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        });
        grid.setItems(items.stream().filter(only).toList());
        grid.setEmptyStateText(getTranslation("calendar.compliance.noDuties"));
        grid.setHeight("60vh");
        HorizontalLayout header = new HorizontalLayout(new ViewHeader(title), years, GridExport.of(grid, "due-items"));
        header.setAlignItems(Alignment.BASELINE);
        add(header, cards, grid);
    }

    static Span badge(DueState s) {
        Span b = switch (s) {
            case ON_TIME -> Badges.ok("");
            case LATE, PENDING -> Badges.warning("");
            case OVERDUE -> Badges.error("");
        };
        b.setText(b.getTranslation("enum.DueState." + s));
        return b;
    }

    /** An open item also says whether the plan covers it: 已安排 with the day, or 未安排 (a gap before it is late). */
    static Span badge(DueItem i) {
        if (i.state() != DueState.PENDING) {
            return badge(i.state());
        }
        Span b = i.unplanned() ? Badges.warning("") : new Span();
        b.addClassName(i.unplanned() ? "due-unplanned" : "due-planned");
        b.setText(
                i.unplanned()
                        ? b.getTranslation("calendar.compliance.notPlanned")
                        : b.getTranslation("calendar.compliance.planned", i.plannedDate()));
        return b;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
