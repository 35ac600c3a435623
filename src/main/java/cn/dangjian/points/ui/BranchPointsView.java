package cn.dangjian.points.ui;

import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.LinkParameters;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.points.EvaluationService;
import cn.dangjian.points.MemberScore;
import cn.dangjian.points.PointsRulesService;
import cn.dangjian.points.SubmissionService;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** 支部积分: a branch's members with their yearly scores and bands; the secretary submits points here. */
@Route("points/branch")
@Menu(title = "points.nav.branch", order = 42, icon = "GROUP")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
@StyleSheet("context://styles/points.css")
class BranchPointsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EvaluationService evaluation;
    private final Select<BranchRef> branch = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Grid<MemberScore> grid = new Grid<>(MemberScore.class, false);

    BranchPointsView(
            EvaluationService evaluation,
            SubmissionService submissions,
            PointsRulesService rules,
            OrganizationDirectory branches,
            CurrentUser currentUser,
            Clock clock) {
        this.evaluation = evaluation;
        addClassName("view");
        setSizeFull();
        AppUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        List<BranchRef> refs = branches.branches().stream()
                .filter(b -> user.seesWholeHospital() || b.id().equals(user.branchId()))
                .toList();
        branch.setId("branch-select");
        branch.setItems(refs);
        branch.setItemLabelGenerator(BranchRef::name);
        refs.stream().findFirst().ifPresent(branch::setValue);
        year.setItems(IntStream.rangeClosed(today.getYear() - 2, today.getYear())
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setValue(today.getYear());
        branch.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());

        grid.setId("branch-members-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(MemberScore::name)
                .setHeader(getTranslation("points.col.name"))
                .setSortable(true)
                .setComparator(Comparator.comparing(MemberScore::name))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation("enum.MemberStatus." + m.status()))
                .setHeader(getTranslation("points.col.status"))
                .setAutoWidth(true);
        ExportedColumns.add(grid, MemberScore::score)
                .setHeader(getTranslation("points.col.score"))
                .setSortable(true)
                .setComparator(Comparator.comparingInt(MemberScore::score))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> BandBadge.of(this, m.band()))
                .setHeader(getTranslation("points.col.band"))
                .setAutoWidth(true);
        ExportedColumns.set(
                        grid.addColumn(m -> String.format("%.1f", m.studyHours())),
                        m -> BigDecimal.valueOf(m.studyHours()).setScale(1, RoundingMode.HALF_UP))
                .setHeader(getTranslation("points.col.studyHours"))
                .setSortable(true)
                .setComparator(Comparator.comparingDouble(MemberScore::studyHours))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(MemberPointsView.class, e.getItem().memberId())));
        grid.setEmptyStateText(getTranslation("points.branch.empty"));
        grid.setSizeFull();

        Button submit = new Button(getTranslation("points.submit.open"), VaadinIcon.PLUS.create(), e -> {
            List<MemberScore> all = evaluation.branchMembers(branch.getValue().id(), year.getValue());
            new SubmitDialog(submissions, rules.activeRules(), all, grid.getSelectedItems(), today, this::refresh)
                    .open();
        });
        submit.setId("submit-open");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setVisible(user.isAdmin() || user.isSecretary());
        HorizontalLayout toolbar = new HorizontalLayout(branch, year, submit, GridExport.of(grid, "branch-points"));
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("points.nav.branch")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        if (branch.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(evaluation.branchMembers(branch.getValue().id(), year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.nav.branch");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Links from the dashboards: ?branch=<id>&year=<yyyy>.
        LinkParameters.select(event, "branch", Long::valueOf, branch, BranchRef::id);
        LinkParameters.select(event, "year", Integer::valueOf, year, y -> y);
    }
}
