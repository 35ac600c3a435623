package cn.dangjian.pairing.ui;

import cn.dangjian.common.ui.Badges;
import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.LinkParameters;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.ExternalUnitService;
import cn.dangjian.pairing.PairingEditService;
import cn.dangjian.pairing.PairingFilter;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingKind;
import cn.dangjian.pairing.PairingRow;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.pairing.PairingStatus;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;

/** Every pairing the viewer may see, filtered by branch, kind, status and health; loaded lazily. */
@Route("pairings")
@Menu(title = "nav.pairings", order = 20, icon = "CONNECT")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.LEADER})
@StyleSheet("context://styles/pairing.css")
class PairingsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final Grid<PairingRow> grid = new Grid<>(PairingRow.class, false);
    private final ComboBox<BranchRef> branch = new ComboBox<>();
    private final Select<PairingKind> kind = new Select<>();
    private final Select<PairingStatus> status = new Select<>();
    private final Select<PairingHealth> health = new Select<>();

    PairingsView(
            PairingService pairings,
            PairingEditService edits,
            OrganizationDirectory branches,
            ExternalUnitService units,
            CurrentUser currentUser,
            Clock clock) {
        addClassName("view");
        setSizeFull();
        AppUser user = currentUser.require();
        grid.setId("pairing-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PairingRow::branchName)
                .setKey("branch")
                .setHeader(getTranslation("pairing.branch"))
                .setSortable(true)
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(PairingRow::partnerName)
                .setKey("partner")
                .setHeader(getTranslation("pairing.partner"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.PairingKind." + r.kind()))
                .setHeader(getTranslation("pairing.kind"))
                .setAutoWidth(true);
        grid.addColumn(PairingRow::agreementTitle)
                .setHeader(getTranslation("pairing.agreementTitle"))
                .setFlexGrow(1)
                .addClassName("hide-on-phone");
        grid.addComponentColumn(this::statusCell)
                .setKey("status")
                .setHeader(getTranslation("pairing.status"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> HealthBadge.of(this, r.health()))
                .setKey("health")
                .setHeader(getTranslation("pairing.health"))
                .setSortable(true)
                .setAutoWidth(true);
        ExportedColumns.add(grid, r -> r.status().isLive() ? r.recentEvidence() : "—")
                .setKey("evidence")
                .setHeader(getTranslation("pairing.recentEvidence"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> r.goalsDue() == 0 ? "—" : r.goalsDueMet() + "/" + r.goalsDue())
                .setHeader(getTranslation("pairing.goalsMet"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.termStart() + " ~ " + r.termEnd())
                .setKey("termEnd")
                .setHeader(getTranslation("pairing.term"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.setItems(
                q -> pairings.search(filter(), q.getOffset(), q.getLimit(), sortOf(q.getSortOrders())).stream(),
                q -> pairings.count(filter()));
        grid.setEmptyStateText(getTranslation("pairing.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                PairingDetailView.class,
                new RouteParameters("pairingId", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();

        branch.setPlaceholder(getTranslation("pairing.filter.branch"));
        branch.setItems(branches.branches());
        branch.setItemLabelGenerator(BranchRef::name);
        branch.setClearButtonVisible(true);
        branch.setVisible(user.seesWholeHospital());
        kind.setEmptySelectionAllowed(true);
        kind.setItems(PairingKind.INTERNAL, PairingKind.EXTERNAL);
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("pairing.filter.allKinds") : getTranslation("enum.PairingKind." + k));
        status.setEmptySelectionAllowed(true);
        status.setItems(PairingStatus.values());
        status.setItemLabelGenerator(s ->
                s == null ? getTranslation("pairing.filter.allStatuses") : getTranslation("enum.PairingStatus." + s));
        health.setId("health-filter");
        health.setEmptySelectionAllowed(true);
        health.setItems(PairingHealth.values());
        health.setItemLabelGenerator(h ->
                h == null ? getTranslation("pairing.filter.allHealth") : getTranslation("enum.PairingHealth." + h));
        branch.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        health.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add = new Button(
                getTranslation(user.isAdmin() ? "pairing.add" : "pairing.propose"),
                VaadinIcon.PLUS.create(),
                e -> PairingFormDialog.create(
                                pairings,
                                edits,
                                branches,
                                units,
                                user,
                                LocalDate.now(clock),
                                null,
                                null,
                                id -> getUI().ifPresent(ui -> ui.navigate(
                                        PairingDetailView.class, new RouteParameters("pairingId", String.valueOf(id)))))
                        .open());
        add.setId("new-pairing");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(user.isAdmin() || user.isSecretary());
        HorizontalLayout toolbar =
                new HorizontalLayout(branch, kind, status, health, add, GridExport.of(grid, "pairings"));
        toolbar.addClassName("toolbar");
        add(
                new ViewHeader(getTranslation("nav.pairings")),
                toolbar,
                grid,
                new HealthRulePanel(pairings.healthThresholds()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("status"), SortDirection.ASCENDING)));
    }

    private Span statusCell(PairingRow r) {
        Span s = new Span(getTranslation("enum.PairingStatus." + r.status()));
        if (r.reviewDue()) {
            Span due = Badges.warning(getTranslation("pairing.reviewDue"));
            Span both = new Span(s, new Span(" "), due);
            return both;
        }
        return s;
    }

    private PairingFilter filter() {
        return new PairingFilter(
                branch.getValue() == null ? null : branch.getValue().id(),
                kind.getValue(),
                status.getValue(),
                health.getValue());
    }

    private static Sort sortOf(List<QuerySortOrder> orders) {
        List<Sort.Order> result = new ArrayList<>();
        orders.forEach(o -> result.add(
                o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted())));
        return Sort.by(result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairings");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Links from the dashboards: ?health=DORMANT&branch=<id>.
        LinkParameters.select(event, "health", PairingHealth::valueOf, health, h -> h);
        LinkParameters.select(event, "branch", Long::valueOf, branch, BranchRef::id);
    }
}
