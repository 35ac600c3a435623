package cn.dangjian.assessment.ui;

import cn.dangjian.assessment.Campaign;
import cn.dangjian.assessment.CampaignService;
import cn.dangjian.assessment.ExportService;
import cn.dangjian.assessment.GradeBand;
import cn.dangjian.assessment.HonourRow;
import cn.dangjian.assessment.HonourService;
import cn.dangjian.assessment.ResultRow;
import cn.dangjian.assessment.ResultsService;
import cn.dangjian.common.ui.StatCard;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** 考核结果: ranks within peer groups, the distribution, 标杆 candidates, the honours register, the export. */
@Route("assessment/results")
@Menu(title = "assessment.nav.results", order = 61, icon = "TROPHY")
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final ResultsService results;
    private final HonourService honours;
    private final boolean admin;
    private final Select<Campaign> campaign = new Select<>();
    private final FlexLayout cards = new FlexLayout();
    private final Grid<ResultRow> grid = new Grid<>(ResultRow.class, false);
    private final Grid<HonourRow> honourGrid = new Grid<>(HonourRow.class, false);
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final LocalDate today;

    ResultsView(
            CampaignService campaigns,
            ResultsService results,
            HonourService honours,
            ExportService export,
            CurrentUser currentUser,
            Clock clock) {
        this.campaigns = campaigns;
        this.results = results;
        this.honours = honours;
        this.admin = currentUser.require().isAdmin();
        this.today = LocalDate.now(clock);
        addClassName("view");
        campaign.setId("results-campaign");
        campaign.setLabel(getTranslation("assessment.col.year"));
        campaign.setItemLabelGenerator(
                c -> c.getYear() + " · " + getTranslation("enum.CampaignStatus." + c.getStatus()));
        List<Campaign> all = campaigns.campaigns();
        campaign.setItems(all);
        all.stream()
                .filter(Campaign::isPublished)
                .findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresent(campaign::setValue);
        campaign.addValueChangeListener(e -> refresh());
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("stat-cards");
        grid.setId("results-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> getTranslation("enum.PeerGroup." + r.grade().group()))
                .setHeader(getTranslation("assessment.col.group"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.grade().peerRank())
                .setHeader(getTranslation("assessment.col.rank"))
                .setAutoWidth(true);
        grid.addColumn(ResultRow::branchName)
                .setHeader(getTranslation("assessment.col.branch"))
                .setFlexGrow(1);
        grid.addColumn(r -> ScoreDialog.format(r.grade().total()))
                .setHeader(getTranslation("assessment.col.total"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.GradeBand." + r.grade().band()))
                .setHeader(getTranslation("assessment.col.band"))
                .setAutoWidth(true);
        grid.addColumn(r -> "★".repeat(r.grade().stars()))
                .setHeader(getTranslation("assessment.col.stars"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.grade().benchmarkCandidate() ? getTranslation("assessment.results.candidate") : "")
                .setHeader(getTranslation("assessment.col.benchmark"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                SheetView.class,
                new RouteParameters("sheetId", String.valueOf(e.getItem().sheetId())))));
        grid.setAllRowsVisible(true);
        honourGrid.setId("honours-grid");
        honourGrid
                .addColumn(h -> getTranslation("enum.AwardKind." + h.award()))
                .setHeader(getTranslation("assessment.col.award"))
                .setAutoWidth(true);
        honourGrid
                .addColumn(HonourRow::recipient)
                .setHeader(getTranslation("assessment.col.recipient"))
                .setFlexGrow(1);
        honourGrid
                .addColumn(HonourRow::decidedOn)
                .setHeader(getTranslation("assessment.col.decidedOn"))
                .setAutoWidth(true);
        honourGrid
                .addColumn(h -> h.citation() == null ? "" : h.citation())
                .setHeader(getTranslation("assessment.col.citation"))
                .setFlexGrow(1);
        honourGrid.setAllRowsVisible(true);
        honourGrid.setEmptyStateText(getTranslation("assessment.honour.none"));
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    Campaign c = campaign.getValue();
                    byte[] xlsx = export.exportXlsx(c.getId(), this::getTranslation);
                    return new DownloadResponse(
                            new ByteArrayInputStream(xlsx),
                            "assessment-" + c.getYear() + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            xlsx.length);
                }),
                getTranslation("action.export"));
        download.setId("results-export");
        toolbar.add(campaign, download);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        Button addHonour = new Button(getTranslation("assessment.honour.add"), VaadinIcon.PLUS.create(), e -> {
            Campaign c = campaign.getValue();
            if (c != null) {
                new HonourDialog(honours, c.getYear(), results.results(c.getId()), today, this::refresh).open();
            }
        });
        addHonour.setId("honour-add");
        addHonour.setVisible(admin);
        add(
                new ViewHeader(getTranslation("assessment.nav.results")),
                toolbar,
                cards,
                grid,
                new HorizontalLayout(new H3(getTranslation("assessment.honour.title")), addHonour),
                honourGrid);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        Campaign c = campaign.getValue();
        if (c == null) {
            grid.setItems();
            honourGrid.setItems(honours.ofYear(today.getYear() - 1));
            return;
        }
        Map<GradeBand, Integer> distribution = results.distribution(c.getId());
        distribution.forEach(
                (band, n) -> cards.add(new StatCard(String.valueOf(n), getTranslation("enum.GradeBand." + band))));
        List<ResultRow> rows = results.results(c.getId()).stream()
                .sorted(Comparator.comparing((ResultRow r) -> r.grade().group())
                        .thenComparingInt(r -> r.grade().peerRank()))
                .toList();
        cards.add(new StatCard(
                String.valueOf(rows.stream()
                        .filter(r -> r.grade().benchmarkCandidate())
                        .count()),
                getTranslation("assessment.results.candidates")));
        grid.setItems(rows);
        honourGrid.setItems(honours.ofYear(c.getYear()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.nav.results");
    }
}
