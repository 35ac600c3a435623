package cn.dangjian.points.ui;

import cn.dangjian.common.ui.ExportedColumns;
import cn.dangjian.common.ui.GridExport;
import cn.dangjian.common.ui.MemberSection;
import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.common.ui.chart.ChartJs;
import cn.dangjian.points.HistoryRow;
import cn.dangjian.points.MemberPoints;
import cn.dangjian.points.MemberPointsService;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** 我的积分: a member's balance, band, study hours, the year's curve and the history with sources. */
@Route("points/member")
@Menu(title = "points.nav.member", order = 41, icon = "STAR")
@PermitAll
@StyleSheet("context://styles/points.css")
class MemberPointsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final MemberPointsService service;
    private final Select<Integer> year = new Select<>();
    private final Div cards = new Div();
    private final ChartJs chart = new ChartJs(ChartJs.Type.LINE);
    private final Grid<HistoryRow> history = new Grid<>(HistoryRow.class, false);
    private final ViewHeader header = new ViewHeader("");
    private @Nullable Long memberId;

    private final Clock clock;
    private final ObjectProvider<MemberSection> sections;

    MemberPointsView(MemberPointsService service, Clock clock, ObjectProvider<MemberSection> sections) {
        this.clock = clock;
        this.sections = sections;
        this.service = service;
        addClassName("view");
        setSizeFull();
        int current = LocalDate.now(clock).getYear();
        year.setId("member-year");
        year.setItems(IntStream.rangeClosed(current - 2, current)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        cards.addClassName("cards");
        cards.setId("member-cards");
        chart.setId("member-chart");
        history.setId("history-grid");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        ExportedColumns.add(history, HistoryRow::date)
                .setHeader(getTranslation("points.col.date"))
                .setAutoWidth(true);
        history.addColumn(HistoryRow::ruleName)
                .setHeader(getTranslation("points.col.rule"))
                .setAutoWidth(true);
        ExportedColumns.set(history.addColumn(h -> (h.points() > 0 ? "+" : "") + h.points()), HistoryRow::points)
                .setHeader(getTranslation("points.col.points"))
                .setAutoWidth(true);
        history.addColumn(h -> getTranslation("enum.SourceType." + h.sourceType())
                        + (h.reversesId() != null ? " · " + getTranslation("points.history.reversal") : ""))
                .setHeader(getTranslation("points.col.source"))
                .setAutoWidth(true);
        history.addColumn(h -> h.reason() == null
                        ? ""
                        : h.reason().startsWith("points.") ? getTranslation(h.reason()) : h.reason())
                .setHeader(getTranslation("points.col.reason"))
                .setFlexGrow(1);
        history.addColumn(h -> h.recordedBy()
                        + (h.approvedBy() == null || h.approvedBy().equals(h.recordedBy())
                                ? ""
                                : " / " + h.approvedBy()))
                .setHeader(getTranslation("points.col.recordedBy"))
                .setAutoWidth(true);
        history.setEmptyStateText(getTranslation("points.history.empty"));
        history.setHeight("420px");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long parameter) {
        memberId = parameter != null ? parameter : service.ownMemberId().orElse(null);
        removeAll();
        if (memberId == null) {
            header.setText(getTranslation("points.nav.member"));
            Paragraph p = new Paragraph(getTranslation("points.member.noMember"));
            p.addClassName("empty-state");
            add(header, p);
            return;
        }
        add(header, year, cards, chart, GridExport.of(history, "points-history"), history);
        // Features above points add their parts (the honours register), as on the branch page.
        long id = memberId;
        sections.orderedStream()
                .sorted(Comparator.comparingInt(MemberSection::order))
                .forEach(s -> s.create(id).ifPresent(this::add));
        refresh();
    }

    private void refresh() {
        if (memberId == null) {
            return;
        }
        long id = memberId;
        int y = year.getValue();
        MemberPoints p = service.memberPoints(id, y);
        header.setText(getTranslation("points.member.title", p.name()));
        cards.removeAll();
        cards.add(card(String.valueOf(p.score()), "points.member.score", "member-score"));
        Div band = card("", "points.member.band", "member-band");
        band.addComponentAsFirst(BandBadge.of(this, p.band()));
        cards.add(band);
        cards.add(card(p.base() + (p.net() >= 0 ? " + " : " − ") + Math.abs(p.net()), "points.member.breakdown", null));
        cards.add(card(String.format("%.1f / %d", p.studyHours(), p.studyTarget()), "points.member.studyHours", null));
        int[] scores = service.monthlyScores(id, y);
        // The months still to come have no score yet: the line stops at this month.
        LocalDate today = LocalDate.now(clock);
        int shown = y < today.getYear() ? 12 : y == today.getYear() ? today.getMonthValue() : 0;
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(getTranslation("points.period.monthN", m));
        }
        List<Integer> values = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            values.add(m < shown ? scores[m] : null);
        }
        chart.setLabels(months)
                .clearDatasets()
                .addDataset(new ChartJs.Dataset(getTranslation("points.member.score"), values, "#c8161d"));
        chart.refresh();
        // Pages only, no count: one query per page keeps the page under 2 ms at province scale
        // (docs/benchmarks-points.md); the scroll bar grows as the member scrolls back.
        history.setItems(q -> service.history(id, y, q.getOffset(), q.getLimit()).stream());
    }

    private Div card(String value, String labelKey, @Nullable String id) {
        Div card = new Div();
        card.addClassName("card");
        Span v = new Span(value);
        v.addClassName("stat-value");
        Span l = new Span(getTranslation(labelKey));
        l.addClassName("stat-label");
        card.add(v, l);
        if (id != null) {
            card.setId(id);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.nav.member");
    }
}
