package cn.dangjian.points.ui;

import cn.dangjian.common.ui.LinkParameters;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.points.BranchBands;
import cn.dangjian.points.Evaluation;
import cn.dangjian.points.EvaluationService;
import cn.dangjian.points.MemberScore;
import cn.dangjian.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** 年度评议: bands per branch, the 优秀共产党员 shortlist and probationary members' scores, exportable to .xlsx. */
@Route("points/evaluation")
@Menu(title = "points.nav.evaluation", order = 43, icon = "DIPLOMA")
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
class EvaluationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final List<String> EXPORT_KEYS = List.of(
            "points.eval.sheet.branches",
            "points.eval.sheet.shortlist",
            "points.eval.sheet.probationary",
            "points.col.code",
            "points.col.branch",
            "enum.Band.EXCELLENT",
            "enum.Band.GOOD",
            "enum.Band.PASS",
            "enum.Band.FAIL",
            "points.col.average",
            "points.col.rank",
            "points.col.name",
            "points.col.score",
            "points.col.band",
            "points.col.studyHours",
            "book.evalMembers",
            "book.col.memberStatus",
            "book.col.net",
            "enum.MemberStatus.FULL",
            "enum.MemberStatus.PROBATIONARY");

    private final EvaluationService service;
    private final Select<Integer> year = new Select<>();
    private final Grid<BranchBands> bands = new Grid<>(BranchBands.class, false);
    private final Grid<MemberScore> shortlist = memberGrid("shortlist-grid");
    private final Grid<MemberScore> probationary = memberGrid("probationary-grid");

    EvaluationView(EvaluationService service, Clock clock) {
        this.service = service;
        addClassName("view");
        int current = LocalDate.now(clock).getYear();
        year.setId("evaluation-year");
        year.setItems(IntStream.rangeClosed(current - 2, current)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        bands.setId("bands-grid");
        bands.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        bands.addColumn(BranchBands::name)
                .setHeader(getTranslation("points.col.branch"))
                .setAutoWidth(true);
        bands.addColumn(BranchBands::excellent)
                .setHeader(getTranslation("enum.Band.EXCELLENT"))
                .setAutoWidth(true);
        bands.addColumn(BranchBands::good)
                .setHeader(getTranslation("enum.Band.GOOD"))
                .setAutoWidth(true);
        bands.addColumn(BranchBands::pass)
                .setHeader(getTranslation("enum.Band.PASS"))
                .setAutoWidth(true);
        bands.addColumn(BranchBands::fail)
                .setHeader(getTranslation("enum.Band.FAIL"))
                .setAutoWidth(true);
        bands.addColumn(BranchBands::average)
                .setHeader(getTranslation("points.col.average"))
                .setAutoWidth(true);
        bands.setAllRowsVisible(true);
        bands.setEmptyStateText(getTranslation("points.board.empty"));

        Map<String, String> labels = new HashMap<>();
        EXPORT_KEYS.forEach(k -> labels.put(k, getTranslation(k)));
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] xlsx = service.exportXlsx(year.getValue(), labels::get);
                    return new DownloadResponse(
                            new ByteArrayInputStream(xlsx),
                            "points-evaluation-" + year.getValue() + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            xlsx.length);
                }),
                getTranslation("action.export"));
        export.setId("evaluation-export");
        HorizontalLayout toolbar = new HorizontalLayout(year, export);
        toolbar.addClassName("toolbar");
        add(
                new ViewHeader(getTranslation("points.nav.evaluation")),
                toolbar,
                bands,
                new H3(getTranslation("points.eval.sheet.shortlist")),
                shortlist,
                new H3(getTranslation("points.eval.sheet.probationary")),
                probationary);
        refresh();
    }

    private Grid<MemberScore> memberGrid(String id) {
        Grid<MemberScore> g = new Grid<>(MemberScore.class, false);
        g.setId(id);
        g.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        g.addColumn(MemberScore::name)
                .setHeader(getTranslation("points.col.name"))
                .setAutoWidth(true);
        g.addColumn(MemberScore::branchName)
                .setHeader(getTranslation("points.col.branch"))
                .setAutoWidth(true);
        g.addColumn(MemberScore::score)
                .setHeader(getTranslation("points.col.score"))
                .setAutoWidth(true);
        g.addComponentColumn(m -> BandBadge.of(this, m.band())).setHeader(getTranslation("points.col.band"));
        g.setAllRowsVisible(true);
        g.setEmptyStateText(getTranslation("points.board.empty"));
        return g;
    }

    private void refresh() {
        Evaluation ev = service.evaluation(year.getValue());
        bands.setItems(ev.branches());
        shortlist.setItems(ev.shortlist());
        probationary.setItems(ev.probationary());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.nav.evaluation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Links from the dashboards: ?year=<yyyy>.
        LinkParameters.select(event, "year", Integer::valueOf, year, y -> y);
    }
}
