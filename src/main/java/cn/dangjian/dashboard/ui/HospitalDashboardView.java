package cn.dangjian.dashboard.ui;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.dashboard.HospitalDashboardService;
import cn.dangjian.dashboard.HospitalFigures;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** 院级驾驶舱: the hospital's figures as charts; every chart element opens the list behind it. */
@Route("dashboard")
@Menu(title = "dash.nav.hospital", order = 1, icon = "DASHBOARD")
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
@StyleSheet("context://styles/dashboard.css")
class HospitalDashboardView extends VerticalLayout implements HasDynamicTitle {

    HospitalDashboardView(HospitalDashboardService dashboard, EventTypeDirectory types) {
        addClassName("view");
        HospitalFigures f = dashboard.figures();
        RouterLink present = new RouterLink(getTranslation("dash.present.open"), PresentationView.class);
        present.setId("dash-present");
        HorizontalLayout header = new HorizontalLayout(new ViewHeader(getTranslation("dash.nav.hospital")), present);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div grid = new Div();
        grid.addClassName("dash-grid");
        grid.setId("dash-hospital");
        String scope = getTranslation("dash.scope.hospital", f.branches());
        new ComplianceTiles(this, 0, typeNames(types)).tiles(f, scope).forEach(grid::add);
        new PeopleTiles(this, 0).tiles(f, scope).forEach(grid::add);
        add(header, grid);
    }

    static Map<String, String> typeNames(EventTypeDirectory types) {
        return types.eventTypes(Tiles.locale()).stream()
                .collect(Collectors.toMap(
                        EventTypeDirectory.EventTypeName::code, EventTypeDirectory.EventTypeName::name, (a, b) -> a));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dash.nav.hospital");
    }
}
