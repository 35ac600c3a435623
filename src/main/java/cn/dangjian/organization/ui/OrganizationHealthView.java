package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** Hospital-wide organisation health: department coverage and every branch that breaks a rule. */
@Route("organization-health")
@Menu(title = "nav.health", order = 14, icon = "HEART")
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
class OrganizationHealthView extends VerticalLayout implements HasDynamicTitle {

    OrganizationHealthView(BranchService branches) {
        addClassName("view");
        BranchService.HealthReport report = branches.healthReport();
        add(new ViewHeader(getTranslation("nav.health")));

        add(new H3(getTranslation("health.coverage")));
        if (report.coverage().isComplete()) {
            add(Badges.ok(getTranslation("health.coverageComplete")));
        }
        if (!report.coverage().gaps().isEmpty()) {
            Div gaps = new Div(Badges.error(
                    getTranslation("health.gaps", report.coverage().gaps().size())));
            UnorderedList list = new UnorderedList();
            report.coverage().gaps().forEach(g -> list.add(new ListItem(g)));
            gaps.add(list);
            gaps.setId("coverage-gaps");
            add(gaps);
        }
        if (!report.coverage().overlaps().isEmpty()) {
            Div overlaps = new Div(Badges.warning(getTranslation(
                    "health.overlaps", report.coverage().overlaps().size())));
            UnorderedList list = new UnorderedList();
            report.coverage()
                    .overlaps()
                    .forEach((dept, bs) -> list.add(new ListItem(dept + " ← " + String.join("、", bs))));
            overlaps.add(list);
            overlaps.setId("coverage-overlaps");
            add(overlaps);
        }

        add(new H3(getTranslation("health.flagged", report.flaggedBranches().size())));
        Grid<BranchSummary> grid = new Grid<>(BranchSummary.class, false);
        grid.setId("flagged-branches");
        grid.addColumn(BranchSummary::name)
                .setHeader(getTranslation("branch.name"))
                .setAutoWidth(true)
                .setSortable(true);
        ExportedColumns.add(grid, BranchSummary::members)
                .setHeader(getTranslation("branch.members"))
                .setAutoWidth(true)
                .setSortable(true);
        ExportedColumns.add(grid, BranchSummary::fullMembers)
                .setHeader(getTranslation("branch.full"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> WarningBadges.of(this, s.warnings())).setHeader(getTranslation("branch.warnings"));
        grid.setItems(report.flaggedBranches());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("health.noneFlagged"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                BranchDetailView.class,
                new RouteParameters("branchId", String.valueOf(e.getItem().id())))));
        add(GridExport.of(grid, "organization-health"), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.health");
    }
}
