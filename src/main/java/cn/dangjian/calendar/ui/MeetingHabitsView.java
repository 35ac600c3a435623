package cn.dangjian.calendar.ui;

import cn.dangjian.calendar.HabitInput;
import cn.dangjian.calendar.HabitRow;
import cn.dangjian.calendar.MeetingHabitService;
import cn.dangjian.calendar.Recurrence;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import org.jspecify.annotations.Nullable;

/** 会议习惯: when the branch usually meets, which the year's plan follows. The admin edits the defaults. */
@Route("calendar/habits")
@Menu(title = "calendar.nav.habits", order = 33, icon = "CALENDAR_CLOCK")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
class MeetingHabitsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingHabitService habits;
    private final ComboBox<BranchRef> branch = new ComboBox<>();
    private final Grid<HabitRow> grid = new Grid<>();
    private final AppUser user;

    MeetingHabitsView(CalendarUi ui, MeetingHabitService habits) {
        this.habits = habits;
        this.user = ui.user();
        addClassName("view");
        branch.setPlaceholder(getTranslation("calendar.habit.hospitalDefault"));
        branch.setItems(ui.editableBranches());
        branch.setItemLabelGenerator(b -> b.code() + " " + b.name());
        branch.setClearButtonVisible(true);
        branch.setVisible(user.isAdmin());
        branch.setId("habit-branch");
        branch.addValueChangeListener(e -> refresh());
        grid.setId("habit-grid");
        grid.addColumn(HabitRow::typeName)
                .setHeader(getTranslation("calendar.habit.type"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.Recurrence." + r.recurrence()))
                .setHeader(getTranslation("calendar.habit.recurrence"))
                .setAutoWidth(true);
        grid.addColumn(this::describe)
                .setHeader(getTranslation("calendar.habit.when"))
                .setTooltipGenerator(this::describe)
                .setFlexGrow(3);
        grid.addColumn(r -> r.habit().place() == null ? "" : r.habit().place())
                .setHeader(getTranslation("calendar.habit.place"));
        grid.addColumn(r -> getTranslation(r.own() ? "calendar.habit.own" : "calendar.habit.default"))
                .setHeader(getTranslation("calendar.habit.source"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> HabitDialog.open(this, e.getItem(), scope(), this::save, this::reset));
        grid.setAllRowsVisible(true);
        add(new ViewHeader(getTranslation("calendar.nav.habits")), branch, GridExport.of(grid, "meeting-habits"), grid);
        refresh();
    }

    private @Nullable Long scope() {
        if (!user.isAdmin()) {
            return user.branchId();
        }
        return branch.getValue() == null ? null : branch.getValue().id();
    }

    private void refresh() {
        // A branch's duties are at most about ten rows: no paging needed.
        grid.setItems(habits.habits(scope(), getLocale()));
    }

    private boolean save(HabitInput in) {
        boolean ok = Notifier.attempt(this, () -> habits.save(scope(), in), "calendar.habit.saved");
        refresh();
        return ok;
    }

    private boolean reset(long typeId) {
        Long scope = scope();
        boolean ok = scope != null && Notifier.attempt(this, () -> habits.reset(scope, typeId), "calendar.habit.saved");
        refresh();
        return ok;
    }

    private String describe(HabitRow r) {
        HabitInput h = r.habit();
        String day = h.dayOfMonth() != null
                ? getTranslation("calendar.habit.dayOfMonth", h.dayOfMonth())
                : getTranslation(
                        "calendar.habit.nthWeekday",
                        getTranslation("calendar.habit.ordinal." + h.weekOrdinal()),
                        DayOfWeek.of(h.dayOfWeek()).getDisplayName(TextStyle.FULL, getLocale()));
        String month = r.recurrence() == Recurrence.MONTHLY || h.periodMonth() == null
                ? ""
                : getTranslation("calendar.habit.month." + r.recurrence(), h.periodMonth()) + " ";
        return month + day + " " + h.start() + " " + getTranslation("calendar.habit.minutes", h.minutes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.nav.habits");
    }
}
