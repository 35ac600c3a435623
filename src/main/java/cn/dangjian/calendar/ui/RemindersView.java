package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.EventType;
import cn.dangjian.calendar.Reminder;
import cn.dangjian.common.contracts.ExtraReminders;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/** What is due in the next 14 days and what is overdue, with a one-click way to schedule or open it. */
@Route("calendar/reminders")
@Menu(title = "calendar.nav.reminders", order = 32, icon = "BELL")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
@StyleSheet("context://styles/calendar.css")
class RemindersView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarUi ui;
    private final Grid<Reminder> grid = new Grid<>();

    RemindersView(CalendarUi ui, ObjectProvider<ExtraReminders> extras) {
        this.ui = ui;
        addClassName("view");
        setSizeFull();
        Map<Long, EventType> types = ui.types();
        grid.setId("reminder-grid");
        grid.addComponentColumn(r -> r.overdue()
                        ? Badges.error(getTranslation(
                                r.termEnd() == null ? "calendar.reminders.overdue" : "calendar.reminders.termEnded"))
                        : Badges.warning(getTranslation(
                                r.termEnd() == null ? "calendar.reminders.soon" : "calendar.reminders.termSoon")))
                .setHeader(getTranslation("calendar.compliance.state"))
                .setAutoWidth(true);
        grid.addColumn(Reminder::branchName)
                .setHeader(getTranslation("calendar.event.branch"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> r.termEnd() != null
                        ? getTranslation("calendar.reminders.termEnd", r.termEnd())
                        : types.containsKey(r.item().typeId())
                                ? types.get(r.item().typeId()).name(getLocale())
                                : r.item().typeCode())
                .setHeader(getTranslation("calendar.event.type"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> r.termEnd() != null ? "—" : r.item().periodLabel())
                .setHeader(getTranslation("calendar.compliance.period"))
                .setAutoWidth(true);
        ExportedColumns.add(grid, r -> r.item().dueDate())
                .setHeader(getTranslation("calendar.compliance.dueDate"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(r -> {
                    boolean canEdit = ui.editableBranches().stream().anyMatch(b -> b.id() == r.branchId());
                    if (r.plannedEventId() != null) {
                        Button open = new Button(
                                getTranslation("calendar.reminders.planned", r.plannedDate()),
                                e -> EventDialog.open(ui, r.plannedEventId(), this::reload));
                        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        return open;
                    }
                    Button schedule = new Button(
                            getTranslation("calendar.reminders.schedule"),
                            e -> EventDialog.create(
                                    ui,
                                    r.branchId(),
                                    r.overdue()
                                            ? ui.today()
                                            : r.item().dueDate().minusDays(3),
                                    this::reload));
                    schedule.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    schedule.setEnabled(canEdit);
                    return schedule;
                })
                .setHeader(getTranslation("calendar.reminders.action"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("calendar.reminders.empty"));
        grid.setSizeFull();
        add(
                new ViewHeader(getTranslation("calendar.nav.reminders")),
                new SignInRequestsPanel(ui, null, () -> {}),
                GridExport.of(grid, "reminders"),
                grid);
        // Key-task assignments (督办) when the plan feature is present.
        extras.ifAvailable(x -> add(ExtraRemindersGrid.of(x.reminders(14))));
        reload();
    }

    private void reload() {
        grid.setItems(ui.compliance.reminders());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.nav.reminders");
    }
}
