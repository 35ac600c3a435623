package cn.dangjian.dashboard.ui;

import cn.dangjian.calendar.ComplianceBand;
import cn.dangjian.calendar.DueState;
import cn.dangjian.calendar.Reminder;
import cn.dangjian.calendar.ui.CalendarNavigation;
import cn.dangjian.common.ui.chart.ChartJs;
import cn.dangjian.common.ui.chart.ChartPalette;
import cn.dangjian.dashboard.HospitalFigures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hospital's duty tiles: completion by month, branches by completion band, the overdue duties. */
class ComplianceTiles extends Tiles {

    static final int OVERDUE_BRANCHES = 10;

    private final Map<String, String> typeNames;

    ComplianceTiles(Component i18n, int fontSize, Map<String, String> typeNames) {
        super(i18n, fontSize);
        this.typeNames = typeNames;
    }

    List<ChartTile> tiles(HospitalFigures f, String scope) {
        return List.of(completion(f, scope), bands(f, scope), overdue(f, scope));
    }

    ChartTile completion(HospitalFigures f, String scope) {
        int y = f.year();
        ChartJs chart = chart(ChartJs.Type.LINE)
                .setLabels(months())
                .setYMax(100)
                .addDataset(new ChartJs.Dataset(year(y), f.completion(), ChartPalette.BLUE))
                .addDataset(new ChartJs.Dataset(year(y - 1), f.completionLastYear(), ChartPalette.ORANGE))
                .setSummary(t(
                        "dash.completion.summary",
                        year(y),
                        percent(f.onTimePercent()),
                        lowest(f.completion()),
                        year(y - 1),
                        percent(f.onTimePercentLastYear())));
        chart.addChartClickListener(c ->
                Targets.open(CalendarNavigation.complianceRoute(), "year", y - c.dataset(), "month", c.index() + 1));
        return new ChartTile(
                "tile-completion",
                t("dash.completion.title"),
                percent(f.onTimePercent()),
                t("dash.caption", t("dash.period.yearVsLast", year(y), year(y - 1)), scope),
                chart,
                t("dash.col.month"));
    }

    ChartTile bands(HospitalFigures f, String scope) {
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (ComplianceBand b : ComplianceBand.values()) {
            labels.add(t("enum.ComplianceBand." + b));
            counts.add(f.branchesByBand().get(b).size());
        }
        int behind = f.branchesByBand().get(ComplianceBand.LOW).size()
                + f.branchesByBand().get(ComplianceBand.POOR).size();
        ChartJs chart = chart(ChartJs.Type.BAR)
                .setLabels(labels)
                .addDataset(new ChartJs.Dataset(
                        t("dash.col.branches"), counts, ChartPalette.BLUE, ChartPalette.goodToBad(5)))
                .setSummary(t("dash.bands.summary", counts.get(0), counts.get(1), counts.get(2), counts.get(3)));
        chart.addChartClickListener(c -> Targets.open(
                CalendarNavigation.complianceRoute(), "year", f.year(), "band", ComplianceBand.values()[c.index()]));
        return new ChartTile(
                "tile-bands",
                t("dash.bands.title"),
                String.valueOf(behind),
                t("dash.caption", t("dash.period.yearToDate", year(f.year())), scope),
                chart,
                t("dash.col.band"));
    }

    ChartTile overdue(HospitalFigures f, String scope) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Reminder r : f.overdue()) {
            names.put(r.branchId(), r.branchName());
            counts.merge(r.branchId(), 1, Integer::sum);
        }
        List<Long> worst = counts.keySet().stream()
                .sorted((a, b) -> counts.get(b) - counts.get(a))
                .limit(OVERDUE_BRANCHES)
                .toList();
        ChartJs chart = chart(ChartJs.Type.BAR)
                .setLabels(worst.stream().map(names::get).toList())
                .addDataset(new ChartJs.Dataset(
                        t("dash.overdue.count"), worst.stream().map(counts::get).toList(), ChartPalette.VERMILLION))
                .setSummary(t(
                        "dash.overdue.summary",
                        f.overdue().size(),
                        counts.size(),
                        worst.isEmpty() ? "—" : names.get(worst.get(0))));
        chart.addChartClickListener(c -> Targets.open(
                CalendarNavigation.branchComplianceRoute(worst.get(c.index())),
                "year",
                f.year(),
                "state",
                DueState.OVERDUE));
        Grid<Reminder> list = new Grid<>();
        list.setId("overdue-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addColumn(Reminder::branchName).setHeader(t("dash.col.branch")).setAutoWidth(true);
        list.addColumn(r -> typeNames.getOrDefault(r.item().typeCode(), r.item().typeCode()))
                .setHeader(t("dash.col.duty"))
                .setAutoWidth(true);
        list.addColumn(r -> r.item().periodLabel()).setHeader(t("dash.col.period"));
        list.addColumn(r -> r.item().dueDate()).setHeader(t("dash.col.dueDate"));
        list.setItems(f.overdue());
        list.setHeight("240px");
        list.addItemClickListener(e -> Targets.open(
                CalendarNavigation.branchComplianceRoute(e.getItem().branchId()),
                "year",
                f.year(),
                "month",
                e.getItem().item().dueDate().getMonthValue(),
                "state",
                DueState.OVERDUE));
        return new ChartTile(
                        "tile-overdue",
                        t("dash.overdue.title"),
                        String.valueOf(f.overdue().size()),
                        t("dash.caption", t("dash.period.yearToDate", year(f.year())), scope),
                        chart,
                        t("dash.col.branch"))
                .withList(list);
    }
}
