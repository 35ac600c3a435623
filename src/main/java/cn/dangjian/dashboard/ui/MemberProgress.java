package cn.dangjian.dashboard.ui;

import cn.dangjian.calendar.CalendarEntry;
import cn.dangjian.calendar.CalendarFilter;
import cn.dangjian.calendar.CalendarService;
import cn.dangjian.calendar.EventStatus;
import cn.dangjian.calendar.ui.CalendarNavigation;
import cn.dangjian.common.ui.chart.ChartJs;
import cn.dangjian.common.ui.chart.ChartPalette;
import cn.dangjian.points.MemberPoints;
import cn.dangjian.points.MemberPointsService;
import cn.dangjian.points.PointsFigures;
import cn.dangjian.points.ui.PointsNavigation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** A member's progress on the start page: points against the bands, study hours against the target, next events. */
class MemberProgress extends Div {

    static final int NEXT_DAYS = 30;
    static final int NEXT_EVENTS = 5;

    MemberProgress(
            long memberId,
            LocalDate today,
            MemberPointsService points,
            PointsFigures figures,
            CalendarService calendar) {
        addClassName("dash-grid");
        setId("member-progress");
        MemberPoints mine = points.memberPoints(memberId, today.getYear());
        PointsFigures.Thresholds bands = figures.thresholds();
        Tiles tiles = new Tiles(this, 0) {};
        String year = String.valueOf(today.getYear());
        String ownPoints = PointsNavigation.ownPoints().getHref();

        ChartJs score = tiles.chart(ChartJs.Type.BAR)
                .setLabels(List.of(
                        getTranslation("dash.member.mine"),
                        getTranslation("enum.Band.PASS"),
                        getTranslation("enum.Band.GOOD"),
                        getTranslation("enum.Band.EXCELLENT")))
                .addDataset(new ChartJs.Dataset(
                        getTranslation("dash.col.points"),
                        List.of(mine.score(), bands.pass(), bands.good(), bands.excellent()),
                        ChartPalette.BLUE,
                        List.of(ChartPalette.BLUE, ChartPalette.GREY, ChartPalette.SKY, ChartPalette.GREEN)))
                .setSummary(getTranslation(
                        "dash.member.pointsSummary",
                        mine.score(),
                        getTranslation("enum.Band." + mine.band()),
                        toNext(mine.score(), bands)));
        score.addChartClickListener(c -> Targets.open(ownPoints));
        add(new ChartTile(
                "tile-my-points",
                getTranslation("dash.member.pointsTitle"),
                String.valueOf(mine.score()),
                getTranslation("dash.caption", getTranslation("dash.period.yearToDate", year), mine.name()),
                score,
                getTranslation("dash.col.item")));

        double done = Math.min(mine.studyHours(), mine.studyTarget());
        ChartJs study = tiles.chart(ChartJs.Type.DOUGHNUT)
                .setLabels(List.of(getTranslation("dash.member.studyDone"), getTranslation("dash.member.studyLeft")))
                .addDataset(new ChartJs.Dataset(
                        getTranslation("dash.col.hours"),
                        List.of(mine.studyHours(), Math.max(0, mine.studyTarget() - done)),
                        ChartPalette.GREEN,
                        List.of(ChartPalette.GREEN, ChartPalette.GREY)))
                .setSummary(getTranslation("dash.member.studySummary", mine.studyHours(), mine.studyTarget()));
        study.addChartClickListener(c -> Targets.open(ownPoints));
        add(new ChartTile(
                "tile-my-study",
                getTranslation("dash.member.studyTitle"),
                mine.studyHours() + " / " + mine.studyTarget(),
                getTranslation("dash.caption", getTranslation("dash.period.yearToDate", year), mine.name()),
                study,
                getTranslation("dash.col.item")));

        List<CalendarEntry> next = calendar
                .entries(
                        today,
                        today.plusDays(NEXT_DAYS),
                        new CalendarFilter(null, Set.of(), Set.of(EventStatus.PLANNED)))
                .stream()
                .filter(e -> !e.start().toLocalDate().isBefore(today))
                .limit(NEXT_EVENTS)
                .toList();
        Grid<CalendarEntry> list = new Grid<>();
        list.setId("my-next-events");
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        list.addColumn(e -> e.start().format(when))
                .setHeader(getTranslation("dash.col.when"))
                .setAutoWidth(true);
        list.addColumn(CalendarEntry::title)
                .setHeader(getTranslation("dash.col.event"))
                .setAutoWidth(true);
        list.setItems(next);
        list.setAllRowsVisible(true);
        list.setEmptyStateText(getTranslation("dash.member.noEvents"));
        list.addItemClickListener(e -> Targets.open(
                CalendarNavigation.calendarRoute(), "date", e.getItem().start().toLocalDate(), "view", "listMonth"));
        add(new ListTile(
                "tile-my-events",
                getTranslation("dash.member.eventsTitle"),
                String.valueOf(next.size()),
                getTranslation("dash.caption", getTranslation("dash.period.nextDays", NEXT_DAYS), mine.name()),
                list));
    }

    /** Points still missing to the next band, as text ("12 分达到优秀"), or the top band reached. */
    private String toNext(int score, PointsFigures.Thresholds bands) {
        if (score >= bands.excellent()) {
            return getTranslation("dash.member.topBand");
        }
        String band = score >= bands.good() ? "EXCELLENT" : score >= bands.pass() ? "GOOD" : "PASS";
        int target = score >= bands.good() ? bands.excellent() : score >= bands.pass() ? bands.good() : bands.pass();
        return getTranslation("dash.member.toNext", target - score, getTranslation("enum.Band." + band));
    }
}
