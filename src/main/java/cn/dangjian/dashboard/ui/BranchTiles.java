package cn.dangjian.dashboard.ui;

import cn.dangjian.calendar.ComplianceFigures;
import cn.dangjian.calendar.DueItem;
import cn.dangjian.calendar.DueState;
import cn.dangjian.calendar.ui.CalendarNavigation;
import cn.dangjian.common.ui.chart.ChartJs;
import cn.dangjian.common.ui.chart.ChartPalette;
import cn.dangjian.dashboard.BranchFigures;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.ui.PairingNavigation;
import cn.dangjian.points.Band;
import cn.dangjian.points.ui.PointsNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The branch dashboard's tiles; each chart element opens the branch's list behind it. */
class BranchTiles extends Tiles {

    private final Map<String, String> typeNames;

    BranchTiles(Component i18n, Map<String, String> typeNames) {
        super(i18n, 0);
        this.typeNames = typeNames;
    }

    List<Component> tiles(BranchFigures f) {
        String scope = f.branch().name();
        return List.of(
                completion(f, scope),
                upcoming(f, scope),
                attendance(f, scope),
                pairings(f, scope),
                bands(f, scope),
                trend(f, scope));
    }

    ChartTile completion(BranchFigures f, String scope) {
        long id = f.branch().id();
        ChartJs chart = chart(ChartJs.Type.LINE)
                .setLabels(months())
                .setYMax(100)
                .addDataset(new ChartJs.Dataset(year(f.year()), f.completion(), ChartPalette.BLUE))
                .setSummary(t("dash.branchCompletion.summary", year(f.year()), lowest(f.completion())));
        chart.addChartClickListener(c ->
                Targets.open(CalendarNavigation.branchComplianceRoute(id), "year", f.year(), "month", c.index() + 1));
        Integer last = f.completion().stream()
                .filter(v -> v != null)
                .reduce((a, b) -> b)
                .orElse(null);
        return new ChartTile(
                "tile-branch-completion",
                t("dash.completion.title"),
                percent(last),
                t("dash.caption", t("dash.period.lastMonth", year(f.year())), scope),
                chart,
                t("dash.col.month"));
    }

    ListTile upcoming(BranchFigures f, String scope) {
        long id = f.branch().id();
        Grid<DueItem> list = new Grid<>();
        list.setId("upcoming-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.addColumn(i -> typeNames.getOrDefault(i.typeCode(), i.typeCode()))
                .setHeader(t("dash.col.duty"))
                .setAutoWidth(true);
        list.addColumn(DueItem::periodLabel).setHeader(t("dash.col.period"));
        list.addColumn(DueItem::dueDate).setHeader(t("dash.col.dueDate"));
        list.setItems(f.upcoming());
        list.setHeight("240px");
        list.addItemClickListener(e -> Targets.open(
                CalendarNavigation.branchComplianceRoute(id),
                "year",
                e.getItem().dueDate().getYear(),
                "month",
                e.getItem().dueDate().getMonthValue(),
                "state",
                DueState.PENDING));
        return new ListTile(
                "tile-upcoming",
                t("dash.upcoming.title"),
                String.valueOf(f.upcoming().size()),
                t("dash.caption", t("dash.period.next"), scope),
                list);
    }

    ChartTile attendance(BranchFigures f, String scope) {
        List<ComplianceFigures.MeetingAttendance> meetings = f.attendance();
        List<@Nullable Integer> rates =
                meetings.stream().map(m -> m.percent() < 0 ? null : m.percent()).toList();
        ChartJs chart = chart(ChartJs.Type.LINE)
                .setLabels(meetings.stream()
                        .map(m -> m.heldDate() + " " + m.title())
                        .toList())
                .setYMax(100)
                .addDataset(new ChartJs.Dataset(t("dash.attendance.rate"), rates, ChartPalette.GREEN));
        int present = meetings.stream()
                .mapToInt(ComplianceFigures.MeetingAttendance::present)
                .sum();
        int listed = meetings.stream()
                .mapToInt(ComplianceFigures.MeetingAttendance::listed)
                .sum();
        Integer overall = listed == 0 ? null : (int) Math.round(100.0 * present / listed);
        ComplianceFigures.MeetingAttendance low = meetings.stream()
                .filter(m -> m.percent() >= 0)
                .min(java.util.Comparator.comparingInt(ComplianceFigures.MeetingAttendance::percent))
                .orElse(null);
        chart.setSummary(t(
                "dash.attendance.summary",
                meetings.size(),
                percent(overall),
                low == null ? "—" : low.heldDate() + " " + low.title() + " (" + percent(low.percent()) + ")"));
        chart.addChartClickListener(c -> Targets.open(
                CalendarNavigation.calendarRoute(),
                "date",
                meetings.get(c.index()).heldDate(),
                "view",
                "listMonth",
                "branch",
                f.branch().id()));
        return new ChartTile(
                "tile-attendance",
                t("dash.attendance.title"),
                percent(overall),
                t("dash.caption", t("dash.period.yearToDate", year(f.year())), scope),
                chart,
                t("dash.col.meeting"));
    }

    ChartTile pairings(BranchFigures f, String scope) {
        List<Integer> counts = Arrays.stream(PairingHealth.values())
                .map(h -> f.pairingHealth().get(h))
                .toList();
        ChartJs chart = chart(ChartJs.Type.DOUGHNUT)
                .setLabels(Arrays.stream(PairingHealth.values())
                        .map(h -> t("enum.PairingHealth." + h))
                        .toList())
                .addDataset(new ChartJs.Dataset(
                        t("dash.col.pairings"), counts, ChartPalette.BLUE, ChartPalette.goodToBad(3)))
                .setSummary(t("dash.pairings.summary", counts.get(0), counts.get(1), counts.get(2)));
        chart.addChartClickListener(c -> Targets.open(
                PairingNavigation.pairingsRoute(),
                "branch",
                f.branch().id(),
                "health",
                PairingHealth.values()[c.index()]));
        return new ChartTile(
                "tile-branch-pairings",
                t("dash.branchPairings.title"),
                String.valueOf(counts.stream().mapToInt(Integer::intValue).sum()),
                t("dash.caption", t("dash.period.now"), scope),
                chart,
                t("dash.col.health"));
    }

    ChartTile bands(BranchFigures f, String scope) {
        List<Integer> counts =
                Arrays.stream(Band.values()).map(b -> f.bands().get(b)).toList();
        ChartJs chart = chart(ChartJs.Type.BAR)
                .setLabels(Arrays.stream(Band.values())
                        .map(b -> t("enum.Band." + b))
                        .toList())
                .addDataset(new ChartJs.Dataset(
                        t("dash.col.members"), counts, ChartPalette.BLUE, ChartPalette.goodToBad(4)))
                .setSummary(t("dash.points.summary", counts.get(0), counts.get(1), counts.get(2), counts.get(3)));
        chart.addChartClickListener(c -> Targets.open(
                PointsNavigation.branchPointsRoute(), "branch", f.branch().id(), "year", f.year()));
        return new ChartTile(
                "tile-branch-bands",
                t("dash.points.title"),
                String.valueOf(counts.get(0)),
                t("dash.caption", t("dash.period.yearToDate", year(f.year())), scope),
                chart,
                t("dash.col.band"));
    }

    ChartTile trend(BranchFigures f, String scope) {
        int months = f.today().getMonthValue();
        List<Double> values =
                IntStream.range(0, months).mapToObj(i -> f.pointsTrend()[i]).toList();
        ChartJs chart = chart(ChartJs.Type.LINE)
                .setLabels(months().subList(0, months))
                .addDataset(new ChartJs.Dataset(t("dash.trend.average"), values, ChartPalette.PURPLE))
                .setSummary(t("dash.trend.summary", values.get(0), values.get(values.size() - 1)));
        chart.addChartClickListener(c -> Targets.open(
                PointsNavigation.branchPointsRoute(), "branch", f.branch().id(), "year", f.year()));
        return new ChartTile(
                "tile-trend",
                t("dash.trend.title"),
                String.valueOf(values.get(values.size() - 1)),
                t("dash.caption", t("dash.period.yearToDate", year(f.year())), scope),
                chart,
                t("dash.col.month"));
    }
}
