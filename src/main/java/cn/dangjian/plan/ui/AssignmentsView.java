package cn.dangjian.plan.ui;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.plan.AssignmentRow;
import cn.dangjian.plan.AssignmentService;
import cn.dangjian.plan.AssignmentState;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
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
import java.util.Map;
import java.util.stream.Collectors;

/** 督办: the assignments the viewer sees (a secretary's branch, all for the office); a row opens its dialog. */
@Route("plan/assignments")
@Menu(title = "plan.nav.assignments", order = 61, icon = "CLIPBOARD_CHECK")
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.SECRETARY})
class AssignmentsView extends VerticalLayout implements HasDynamicTitle {

    private final AssignmentService assignments;
    private final Select<Integer> year = new Select<>();
    private final Select<String> state = new Select<>();
    private final Grid<AssignmentRow> grid = new Grid<>();

    AssignmentsView(AssignmentService assignments, EventTypeDirectory types, Clock clock) {
        this.assignments = assignments;
        addClassName("view");
        Map<String, String> typeNames = types.eventTypes(getLocale()).stream()
                .collect(Collectors.toMap(
                        EventTypeDirectory.EventTypeName::code, EventTypeDirectory.EventTypeName::name));
        setSizeFull();
        int thisYear = LocalDate.now(clock).getYear();
        year.setItems(List.of(thisYear - 1, thisYear, thisYear + 1));
        year.setValue(thisYear);
        year.setId("assignment-year");
        year.addValueChangeListener(e -> refresh());
        state.setItems(List.of("", "OPEN", "OVERDUE", "REPORTED", "ACCEPTED"));
        state.setItemLabelGenerator(s -> getTranslation(s.isEmpty() ? "plan.filter.all" : "plan.filter." + s));
        state.setValue("");
        state.setId("assignment-filter");
        state.addValueChangeListener(e -> refresh());

        grid.setId("assignment-grid");
        grid.addComponentColumn(this::stateBadge)
                .setHeader(getTranslation("plan.assignment.state"))
                .setAutoWidth(true);
        grid.addColumn(AssignmentRow::taskTitle)
                .setHeader(getTranslation("plan.task.title"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.branchId() == null ? getTranslation("plan.office") : r.branchName())
                .setHeader(getTranslation("plan.owner"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(AssignmentRow::dueDate)
                .setHeader(getTranslation("plan.task.due"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> getTranslation("plan.evidence." + r.evidenceKind()))
                .setHeader(getTranslation("plan.task.evidence"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.reportedOn() == null ? "" : r.reportedOn() + " " + r.reportedBy())
                .setHeader(getTranslation("plan.assignment.reported"))
                .setAutoWidth(true);
        grid.addItemClickListener(e ->
                AssignmentDialog.open(this, assignments, typeNames, e.getItem().id(), this::refresh));
        grid.setEmptyStateText(getTranslation("plan.assignment.none"));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("plan.nav.assignments")), new HorizontalLayout(year, state), grid);
        refresh();
    }

    private Component stateBadge(AssignmentRow r) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        String label = getTranslation("plan.state." + r.state());
        badges.add(
                r.state() == AssignmentState.ACCEPTED
                        ? Badges.ok(label)
                        : r.state() == AssignmentState.RETURNED ? Badges.error(label) : Badges.warning(label));
        if (r.overdue()) {
            badges.add(Badges.error(getTranslation("plan.overdue")));
        }
        return badges.getComponentCount() == 0 ? new Span() : badges;
    }

    private void refresh() {
        String f = state.getValue();
        // A year holds at most a few hundred assignments (tasks × branches).
        grid.setItems(assignments.assignments(year.getValue()).stream()
                .filter(r -> switch (f) {
                    case "OPEN" -> r.state().isOpen();
                    case "OVERDUE" -> r.overdue();
                    case "REPORTED" -> r.state() == AssignmentState.REPORTED;
                    case "ACCEPTED" -> r.state() == AssignmentState.ACCEPTED;
                    default -> true;
                })
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.nav.assignments");
    }
}
