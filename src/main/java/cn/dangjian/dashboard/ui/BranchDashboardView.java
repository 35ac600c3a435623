package cn.dangjian.dashboard.ui;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.dashboard.BranchDashboardService;
import cn.dangjian.dashboard.BranchFigures;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.BranchService;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 支部驾驶舱: one branch's figures. A secretary sees the own branch (another branch's address is "not found",
 * as for records); the Party office and the leadership choose any branch.
 */
@Route("dashboard/branch/:branchId?")
@Menu(title = "dash.nav.branch", order = 2, icon = "CHART")
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.SECRETARY})
@StyleSheet("context://styles/dashboard.css")
class BranchDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BranchDashboardService dashboard;
    private final BranchService branches;
    private final CurrentUser currentUser;
    private final EventTypeDirectory types;
    private String title = "";

    BranchDashboardView(
            BranchDashboardService dashboard,
            BranchService branches,
            CurrentUser currentUser,
            EventTypeDirectory types) {
        this.dashboard = dashboard;
        this.branches = branches;
        this.currentUser = currentUser;
        this.types = types;
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Long branchId;
        try {
            branchId = event.getRouteParameters()
                    .get("branchId")
                    .map(Long::valueOf)
                    .orElse(dashboard.defaultBranch());
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (branchId == null) {
            title = getTranslation("dash.nav.branch");
            add(header(null));
            return;
        }
        try {
            render(dashboard.figures(branchId));
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(BranchFigures f) {
        title = getTranslation("dash.branch.title", f.branch().name());
        Div grid = new Div();
        grid.addClassName("dash-grid");
        grid.setId("dash-branch");
        BranchTiles tiles = new BranchTiles(this, HospitalDashboardView.typeNames(types));
        tiles.tiles(f).forEach(grid::add);
        add(header(f.branch().id()), grid);
    }

    /** The title, and for those who see every branch a choice of branch. */
    private HorizontalLayout header(@Nullable Long branchId) {
        HorizontalLayout header = new HorizontalLayout(new ViewHeader(title));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.require().seesWholeHospital()) {
            Select<BranchRef> choice = new Select<>();
            choice.setId("dash-branch-select");
            choice.setLabel(getTranslation("dash.col.branch"));
            choice.setItems(branches.refs());
            choice.setItemLabelGenerator(BranchRef::name);
            choice.getListDataView()
                    .getItems()
                    .filter(b -> b.id().equals(branchId))
                    .findFirst()
                    .ifPresent(choice::setValue);
            choice.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(
                    BranchDashboardView.class,
                    new RouteParameters("branchId", String.valueOf(e.getValue().id())))));
            header.add(choice);
        }
        return header;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
