package cn.dangjian.plan.ui;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.Confirm;
import cn.dangjian.common.ui.Notifier;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.plan.AssignmentService;
import cn.dangjian.plan.BranchFollowUp;
import cn.dangjian.plan.KeyTask;
import cn.dangjian.plan.KeyTaskService;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** 工作要点: the office writes and publishes the year's key tasks and sees, per branch, how follow-up stands. */
@Route("plan/tasks")
@Menu(title = "plan.nav.tasks", order = 60, icon = "TASKS")
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
class KeyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final KeyTaskService tasks;
    private final AssignmentService assignments;
    private final boolean admin;
    private final Select<Integer> year = new Select<>();
    private final Grid<KeyTask> grid = new Grid<>();
    private final Grid<BranchFollowUp> perBranch = new Grid<>();
    private final TaskDialog.Choices choices;

    KeyTasksView(
            KeyTaskService tasks,
            AssignmentService assignments,
            OrganizationDirectory organization,
            EventTypeDirectory types,
            CurrentUser currentUser,
            Clock clock) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.admin = currentUser.require().isAdmin();
        addClassName("view");
        choices = new TaskDialog.Choices(organization.branches(), types.eventTypes(getLocale()));
        int thisYear = LocalDate.now(clock).getYear();
        year.setItems(List.of(thisYear - 1, thisYear, thisYear + 1));
        year.setValue(thisYear);
        year.setId("task-year");
        year.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("plan.task.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("task-new");
        add.setVisible(admin);

        grid.setId("task-grid");
        grid.addColumn(KeyTask::getTitle)
                .setHeader(getTranslation("plan.task.title"))
                .setFlexGrow(2);
        grid.addColumn(KeyTask::getCategory)
                .setHeader(getTranslation("plan.task.category"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("plan.owner." + t.getOwnerKind()))
                .setHeader(getTranslation("plan.task.owner"))
                .setAutoWidth(true);
        grid.addColumn(KeyTask::dueDate)
                .setHeader(getTranslation("plan.task.due"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("plan.evidence." + t.getEvidenceKind()))
                .setHeader(getTranslation("plan.task.evidence"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("plan.actions"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);

        perBranch.setId("task-per-branch");
        perBranch
                .addColumn(b -> b.branchId() == null ? getTranslation("plan.office") : b.name())
                .setHeader(getTranslation("plan.owner"))
                .setFlexGrow(2);
        perBranch.addColumn(BranchFollowUp::total).setHeader(getTranslation("plan.count.total"));
        perBranch.addColumn(BranchFollowUp::open).setHeader(getTranslation("plan.count.open"));
        perBranch.addColumn(BranchFollowUp::reported).setHeader(getTranslation("plan.count.reported"));
        perBranch.addColumn(BranchFollowUp::accepted).setHeader(getTranslation("plan.count.accepted"));
        perBranch
                .addComponentColumn(b -> b.overdue() > 0 ? Badges.error(String.valueOf(b.overdue())) : new Span("0"))
                .setHeader(getTranslation("plan.count.overdue"));
        perBranch.setAllRowsVisible(true);
        add(
                new ViewHeader(getTranslation("plan.nav.tasks")),
                new HorizontalLayout(year, add),
                grid,
                new H3(getTranslation("plan.perBranch")),
                perBranch);
        refresh();
    }

    private Component actions(KeyTask t) {
        if (t.isPublished()) {
            return Badges.ok(getTranslation("plan.task.isPublished"));
        }
        Button edit = new Button(getTranslation("action.edit"), e -> edit(t));
        Button publish = new Button(
                getTranslation("plan.task.publish"),
                e -> Confirm.ask(
                        this,
                        "plan.task.publish",
                        getTranslation("plan.task.publishConfirm", t.getTitle()),
                        "plan.task.publish",
                        () -> {
                            if (Notifier.attempt(this, () -> tasks.publish(t.getId()), "plan.task.publishedNote")) {
                                refresh();
                            }
                        }));
        publish.setId("task-publish-" + t.getId());
        publish.addClassName("task-publish");
        Button delete = new Button(
                VaadinIcon.TRASH.create(),
                e -> Confirm.ask(this, "action.delete", t.getTitle(), "action.delete", () -> {
                    if (Notifier.attempt(this, () -> tasks.delete(t.getId()), "plan.task.deleted")) {
                        refresh();
                    }
                }));
        delete.setAriaLabel(getTranslation("action.delete"));
        List.of(edit, publish, delete).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE));
        HorizontalLayout row = new HorizontalLayout(edit, publish, delete);
        row.setVisible(admin);
        return admin ? row : Badges.warning(getTranslation("plan.task.draft"));
    }

    private void edit(@Nullable KeyTask task) {
        TaskDialog.open(this, year.getValue(), task, choices, tasks::save, this::refresh);
    }

    private void refresh() {
        // A year holds a few dozen tasks and one row per branch: small lists.
        grid.setItems(tasks.tasks(year.getValue()));
        perBranch.setItems(assignments.perBranch(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.nav.tasks");
    }
}
