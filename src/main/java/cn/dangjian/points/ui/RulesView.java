package cn.dangjian.points.ui;

import cn.dangjian.common.contracts.EventTypeDirectory;
import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.points.LedgerVerificationService;
import cn.dangjian.points.PointsRule;
import cn.dangjian.points.PointsRulesService;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** 积分规则: the catalogue (a few dozen rules, listed whole), the settings and the ledger check. */
@Route("points/rules")
@Menu(title = "points.nav.rules", order = 45, icon = "BOOK")
@RolesAllowed(Roles.ADMIN)
class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final PointsRulesService service;
    private final Grid<PointsRule> grid = new Grid<>(PointsRule.class, false);

    RulesView(PointsRulesService service, LedgerVerificationService verification, EventTypeDirectory eventTypes) {
        this.service = service;
        EventTypeNames types = new EventTypeNames(eventTypes, getLocale());
        addClassName("view");
        setSizeFull();
        grid.setId("rules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PointsRule::getName)
                .setHeader(getTranslation("points.col.rule"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.RuleCategory." + r.getCategory()))
                .setHeader(getTranslation("points.col.category"))
                .setAutoWidth(true);
        ExportedColumns.add(grid, PointsRule::getPoints)
                .setHeader(getTranslation("points.col.points"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getMinPoints() + " … " + r.getMaxPoints())
                .setHeader(getTranslation("points.rules.range"))
                .setAutoWidth(true);
        grid.addColumn(r -> cap(r.getCapDay()) + " / " + cap(r.getCapMonth()) + " / " + cap(r.getCapYear()))
                .setHeader(getTranslation("points.rules.caps"))
                .setAutoWidth(true);
        grid.addColumn(r ->
                        r.getEventTrigger() == null ? "" : getTranslation("enum.EventTrigger." + r.getEventTrigger()))
                .setHeader(getTranslation("points.rules.trigger"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getEventTrigger() == null
                        ? ""
                        : types.names(r.getEventTypeCodes(), getTranslation("points.rules.namesSeparator")))
                .setHeader(getTranslation("points.rules.eventTypes"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.isActive() ? "points.rules.activeYes" : "points.rules.activeNo"))
                .setHeader(getTranslation("points.rules.active"))
                .setAutoWidth(true);
        grid.addItemClickListener(
                e -> new RuleDialog(service, types, service.rule(e.getItem().getId()), this::refresh).open());
        grid.setEmptyStateText(getTranslation("points.rules.empty"));
        grid.setSizeFull();
        refresh();

        Button add = new Button(
                getTranslation("points.rules.add"),
                VaadinIcon.PLUS.create(),
                e -> new RuleDialog(service, types, new PointsRule(), this::refresh).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Button settings = new Button(
                getTranslation("points.settings.title"),
                VaadinIcon.COG.create(),
                e -> new SettingsDialog(service, () -> {}).open());
        settings.setId("settings-button");
        HorizontalLayout toolbar = new HorizontalLayout(add, settings, GridExport.of(grid, "points-rules"));
        toolbar.addClassName("toolbar");
        add(new ViewHeader(getTranslation("points.nav.rules")), toolbar, new VerificationPanel(verification), grid);
    }

    private static String cap(@Nullable Integer cap) {
        return cap == null ? "—" : cap.toString();
    }

    private void refresh() {
        grid.setItems(service.rules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.nav.rules");
    }
}
