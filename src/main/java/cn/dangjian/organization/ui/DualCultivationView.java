package cn.dangjian.organization.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.StatCard;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.DualCultivation;
import cn.dangjian.organization.DualCultivation.Person;
import cn.dangjian.organization.DualCultivationService;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 双培养: the 双带头人 ratio and the two lists of people to cultivate. A hospital has a few dozen of each, so grids hold them whole. */
@Route("dual-cultivation")
@StyleSheet("context://styles/organization.css")
@Menu(title = "dual.nav", order = 16, icon = "EXCHANGE")
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
class DualCultivationView extends VerticalLayout implements HasDynamicTitle {

    DualCultivationView(DualCultivationService service) {
        addClassName("view");
        DualCultivation report = service.report();

        Div cards = new Div(
                card(
                        "dual-ratio",
                        getTranslation("dual.ratio.value", report.dualLeaders(), report.servingBranches()),
                        getTranslation("dual.ratio.text", report.dualLeaders(), report.servingBranches())),
                card(
                        "dual-heads",
                        String.valueOf(report.headsNotPartyWorkers().size()),
                        getTranslation("dual.heads.count")),
                card(
                        "dual-neither",
                        String.valueOf(report.secretariesToCultivate().size()),
                        getTranslation("dual.neither.count")));
        cards.addClassName("cards");

        Div noSecretary = new Div();
        noSecretary.setId("dual-no-secretary");
        if (!report.servingBranchesWithoutSecretary().isEmpty()) {
            noSecretary.add(new Span(getTranslation("dual.noSecretary") + " "));
            report.servingBranchesWithoutSecretary()
                    .forEach(b -> noSecretary.add(Badges.warning(b.code() + " " + b.name())));
        }
        add(
                new ViewHeader(getTranslation("dual.nav")),
                new Paragraph(getTranslation("dual.intro")),
                cards,
                noSecretary,
                new H3(getTranslation("dual.neither.title")),
                new Paragraph(getTranslation("dual.neither.hint")),
                grid("dual-neither-grid", report.secretariesToCultivate(), "dual.empty.neither"),
                new H3(getTranslation("dual.heads.title")),
                new Paragraph(getTranslation("dual.heads.hint")),
                grid("dual-heads-grid", report.headsNotPartyWorkers(), "dual.empty.heads"),
                new H3(getTranslation("dual.secretaries.title")),
                new Paragraph(getTranslation("dual.ratio.label")),
                grid("dual-secretaries-grid", report.secretaries(), "dual.empty.secretaries"));
    }

    private StatCard card(String id, String value, String label) {
        StatCard card = new StatCard(value, label);
        card.setId(id);
        return card;
    }

    private Div grid(String id, List<Person> people, String emptyKey) {
        Grid<Person> grid = new Grid<>(Person.class, false);
        grid.setId(id);
        grid.addColumn(p -> p.branchCode() + " " + p.branchName())
                .setHeader(getTranslation("dual.col.branch"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(Person::name)
                .setHeader(getTranslation("dual.col.name"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(p -> p.department() == null ? "" : p.department())
                .setHeader(getTranslation("dual.col.department"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(p -> p.title() == null ? "" : p.title())
                .setHeader(getTranslation("dual.col.title"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::standing)
                .setHeader(getTranslation("dual.col.role"))
                .setAutoWidth(true);
        grid.setItems(people);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        return new Div(GridExport.of(grid, id), grid);
    }

    private Div standing(Person p) {
        Div d = new Div();
        if (p.departmentHead()) {
            d.add(Badges.ok(getTranslation("dual.badge.head")));
        }
        if (p.keyStaff()) {
            d.add(Badges.ok(getTranslation("dual.badge.keyStaff")));
        }
        if (!p.dualLeader()) {
            d.add(Badges.warning(getTranslation("dual.badge.neither")));
        }
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dual.nav");
    }
}
