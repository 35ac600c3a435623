package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.LinkParameters;
import cn.dangjian.common.ui.StatCard;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.AllianceOverview;
import cn.dangjian.pairing.AllianceOverviewService;
import cn.dangjian.pairing.AllianceRow;
import cn.dangjian.pairing.AllianceService;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.time.Clock;
import java.time.LocalDate;

/**
 * The alliances (党建联盟) at three levels: for the office and leaders an overview per level and the seed-002
 * sentence as numbers; for everyone the alliances they may see. An alliance opens on the pairing page.
 */
@Route("alliances")
@Menu(title = "nav.alliances", order = 21, icon = "GROUP")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
@StyleSheet("context://styles/pairing.css")
class AlliancesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AllianceService alliances;
    private final Grid<AllianceRow> grid = new Grid<>(AllianceRow.class, false);
    private final Select<AllianceLevel> level = new Select<>();
    private final Select<PairingHealth> health = new Select<>();

    AlliancesView(
            AllianceService alliances,
            AllianceOverviewService overview,
            OrganizationDirectory organization,
            CurrentUser currentUser,
            Clock clock) {
        this.alliances = alliances;
        addClassName("view");
        AppUser user = currentUser.require();
        add(new ViewHeader(getTranslation("nav.alliances")));
        if (user.seesWholeHospital()) {
            add(overview(overview.overview(LocalDate.now(clock).getYear())));
        }
        level.setId("alliance-level-filter");
        level.setLabel(getTranslation("field.allianceLevel"));
        level.setItems(AllianceLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("alliance.allLevels"));
        level.setItemLabelGenerator(
                l -> l == null ? getTranslation("alliance.allLevels") : getTranslation("enum.AllianceLevel." + l));
        level.addValueChangeListener(e -> refresh());
        health.setId("alliance-health-filter");
        health.setLabel(getTranslation("pairing.health"));
        health.setItems(PairingHealth.values());
        health.setEmptySelectionAllowed(true);
        health.setEmptySelectionCaption(getTranslation("pairing.filter.allHealth"));
        health.setItemLabelGenerator(h ->
                h == null ? getTranslation("pairing.filter.allHealth") : getTranslation("enum.PairingHealth." + h));
        health.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(level, health);
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("toolbar");
        if (user.isAdmin()) {
            Button add = new Button(
                    getTranslation("alliance.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new AllianceDialog(alliances, organization.branches(), LocalDate.now(clock), this::open)
                            .open());
            add.setId("alliance-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            bar.add(add);
        }
        grid.setId("alliances-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(AllianceRow::name)
                .setHeader(getTranslation("field.allianceName"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.AllianceLevel." + r.level()))
                .setHeader(getTranslation("field.allianceLevel"))
                .setAutoWidth(true);
        grid.addColumn(AllianceRow::leadName)
                .setHeader(getTranslation("alliance.lead"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("alliance.partyCounts", r.internalParties(), r.externalParties()))
                .setHeader(getTranslation("alliance.parties"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.PairingStatus." + r.status()))
                .setHeader(getTranslation("field.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.termStart() + " ~ " + r.termEnd())
                .setHeader(getTranslation("pairing.term"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> HealthBadge.of(this, r.health()))
                .setHeader(getTranslation("pairing.health"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(bar, grid);
        refresh();
    }

    private Div overview(AllianceOverview o) {
        Paragraph sentence = new Paragraph(getTranslation("alliance.sentence", o.branches(), o.units()));
        sentence.setId("alliance-sentence");
        sentence.addClassName("alliance-sentence");
        Div cards = new Div();
        cards.addClassName("pairing-cards");
        for (AllianceOverview.Level l : o.levels()) {
            Div card = new Div();
            card.addClassName("card");
            card.setId("alliance-level-" + l.level().name());
            card.add(new StatCard(String.valueOf(l.alliances()), getTranslation("enum.AllianceLevel." + l.level())));
            card.add(new Div(getTranslation("alliance.levelParties", l.branches(), l.units())));
            card.add(new Div(getTranslation("alliance.levelActivity", o.year(), l.jointEvents(), l.peopleServed())));
            card.add(new Div(getTranslation("alliance.levelHealth", l.alive(), l.slowing(), l.dormant())));
            cards.add(card);
        }
        return new Div(sentence, cards);
    }

    private void refresh() {
        PairingHealth h = health.getValue();
        grid.setItems(alliances.list(level.getValue()).stream()
                .filter(r -> h == null || r.healthValue() == h)
                .toList());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Links from the hospital dashboard's pairing-health chart: ?level=SOCIETY&health=DORMANT.
        LinkParameters.select(event, "level", AllianceLevel::valueOf, level, l -> l);
        LinkParameters.select(event, "health", PairingHealth::valueOf, health, h -> h);
    }

    private void open(Long id) {
        getUI().ifPresent(ui ->
                ui.navigate(PairingDetailView.class, new RouteParameters("pairingId", String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.alliances");
    }
}
