package cn.dangjian.dashboard.ui;

import cn.dangjian.common.contracts.FollowUpFacts;
import cn.dangjian.common.ui.chart.ChartJs;
import cn.dangjian.common.ui.chart.ChartPalette;
import cn.dangjian.dashboard.HospitalFigures;
import cn.dangjian.organization.BranchKind;
import cn.dangjian.organization.MemberStatus;
import cn.dangjian.organization.ui.OrganizationNavigation;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.ui.PairingNavigation;
import cn.dangjian.points.Band;
import cn.dangjian.points.ui.PointsNavigation;
import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The hospital's pairing, points and member tiles, and key tasks and joint work when those features exist. */
class PeopleTiles extends Tiles {

    static final int CONVERSION_MONTHS = 6;
    static final int JOINT_BRANCHES = 10;

    PeopleTiles(Component i18n, int fontSize) {
        super(i18n, fontSize);
    }

    List<ChartTile> tiles(HospitalFigures f, String scope) {
        List<ChartTile> tiles = new ArrayList<>(List.of(
                pairings(f, scope),
                pointsBands(f, scope),
                averages(f, scope),
                members(f, scope),
                conversions(f, scope)));
        if (f.keyTasks() != null) {
            tiles.add(keyTasks(f.keyTasks(), f.year(), scope));
        }
        if (f.jointWork() != null) {
            tiles.add(jointWork(f.jointWork(), f.year(), scope));
        }
        return tiles;
    }

    /**
     * Two bars per level, the two-party pairings' and the alliances', stacked by health. A pairing bar opens the
     * pairing list (which leaves alliances out) by health; an alliance bar opens the alliance list by level and health.
     */
    ChartTile pairings(HospitalFigures f, String scope) {
        List<String> labels = new ArrayList<>();
        for (AllianceLevel l : AllianceLevel.values()) {
            labels.add(t("dash.pairings.bar.pairings", t("enum.AllianceLevel." + l)));
            labels.add(t("dash.pairings.bar.alliances", t("enum.AllianceLevel." + l)));
        }
        ChartJs chart = chart(ChartJs.Type.BAR).setLabels(labels).setStacked(true);
        List<String> colours = ChartPalette.goodToBad(3);
        int[] pairings = new int[3];
        int[] alliances = new int[3];
        for (PairingHealth h : PairingHealth.values()) {
            List<Integer> values = new ArrayList<>();
            for (AllianceLevel l : AllianceLevel.values()) {
                values.add(f.pairingHealth().get(l).get(h));
                values.add(f.allianceHealth().get(l).get(h));
                pairings[h.ordinal()] += f.pairingHealth().get(l).get(h);
                alliances[h.ordinal()] += f.allianceHealth().get(l).get(h);
            }
            chart.addDataset(new ChartJs.Dataset(t("enum.PairingHealth." + h), values, colours.get(h.ordinal())));
        }
        chart.setSummary(t(
                "dash.pairings.summaryWithAlliances",
                pairings[0],
                pairings[1],
                pairings[2],
                alliances[0],
                alliances[1],
                alliances[2]));
        chart.addChartClickListener(c -> {
            PairingHealth health = PairingHealth.values()[c.dataset()];
            if (c.index() % 2 == 0) {
                Targets.open(PairingNavigation.pairingsRoute(), "health", health);
            } else {
                AllianceLevel level = AllianceLevel.values()[c.index() / 2];
                Targets.open(PairingNavigation.alliancesRoute(), "level", level, "health", health);
            }
        });
        int total = Arrays.stream(pairings).sum() + Arrays.stream(alliances).sum();
        return new ChartTile(
                "tile-pairings",
                t("dash.pairings.title"),
                String.valueOf(total),
                t("dash.caption", t("dash.period.now"), scope),
                chart,
                t("dash.col.level"));
    }

    ChartTile pointsBands(HospitalFigures f, String scope) {
        List<Integer> counts = Arrays.stream(Band.values())
                .map(b -> f.pointsBands().getOrDefault(b, 0))
                .toList();
        ChartJs chart = chart(ChartJs.Type.BAR)
                .setLabels(Arrays.stream(Band.values())
                        .map(b -> t("enum.Band." + b))
                        .toList())
                .addDataset(new ChartJs.Dataset(
                        t("dash.col.members"), counts, ChartPalette.BLUE, ChartPalette.goodToBad(4)))
                .setSummary(t("dash.points.summary", counts.get(0), counts.get(1), counts.get(2), counts.get(3)));
        chart.addChartClickListener(c -> Targets.open(PointsNavigation.evaluationRoute(), "year", f.year()));
        return new ChartTile(
                "tile-points",
                t("dash.points.title"),
                String.valueOf(counts.get(0)),
                t("dash.caption", t("dash.period.yearToDate", year(f.year())), scope),
                chart,
                t("dash.col.band"));
    }

    /** One bar per branch, one colour and dataset per peer group (branch kind), so each is compared within its own. */
    ChartTile averages(HospitalFigures f, String scope) {
        List<HospitalFigures.BranchAverage> rows = f.averages();
        ChartJs chart = chart(ChartJs.Type.BAR)
                .setLabels(
                        rows.stream().map(HospitalFigures.BranchAverage::name).toList())
                .setStacked(true);
        List<String> leaders = new ArrayList<>();
        for (BranchKind kind : BranchKind.values()) {
            List<@Nullable Double> values = rows.stream()
                    .map(r -> r.kind() == kind ? r.average() : null)
                    .toList();
            if (values.stream().anyMatch(v -> v != null)) {
                chart.addDataset(
                        new ChartJs.Dataset(t("enum.BranchKind." + kind), values, ChartPalette.color(kind.ordinal())));
                rows.stream()
                        .filter(r -> r.kind() == kind)
                        .findFirst()
                        .ifPresent(r -> leaders.add(t("enum.BranchKind." + kind) + " " + r.name() + " " + r.average()));
            }
        }
        chart.setSummary(t("dash.averages.summary", String.join("; ", leaders)));
        chart.addChartClickListener(c -> Targets.open(
                PointsNavigation.branchPointsRoute(),
                "branch",
                rows.get(c.index()).branchId(),
                "year",
                f.year()));
        double mean = rows.stream()
                .mapToDouble(HospitalFigures.BranchAverage::average)
                .average()
                .orElse(0);
        return new ChartTile(
                "tile-averages",
                t("dash.averages.title"),
                String.valueOf(Math.round(mean * 10) / 10.0),
                t("dash.caption", t("dash.period.yearToDate", year(f.year())), scope),
                chart,
                t("dash.col.branch"));
    }

    ChartTile members(HospitalFigures f, String scope) {
        ChartJs chart = chart(ChartJs.Type.DOUGHNUT)
                .setLabels(Arrays.stream(MemberStatus.values())
                        .map(s -> t("enum.MemberStatus." + s))
                        .toList())
                .addDataset(new ChartJs.Dataset(
                        t("dash.col.members"),
                        List.of(f.fullMembers(), f.probationaryMembers()),
                        ChartPalette.BLUE,
                        List.of(ChartPalette.BLUE, ChartPalette.ORANGE)))
                .setSummary(t("dash.members.summary", f.fullMembers(), f.probationaryMembers()));
        chart.addChartClickListener(
                c -> Targets.open(OrganizationNavigation.membersRoute(), "status", MemberStatus.values()[c.index()]));
        return new ChartTile(
                "tile-members",
                t("dash.members.title"),
                String.valueOf(f.fullMembers() + f.probationaryMembers()),
                t("dash.caption", t("dash.period.now"), scope),
                chart,
                t("dash.col.status"));
    }

    /** Probation years ending: those already past (a decision is late), then this month and the next five. */
    ChartTile conversions(HospitalFigures f, String scope) {
        YearMonth now = YearMonth.from(f.today());
        List<String> labels = new ArrayList<>(List.of(t("dash.conversions.late")));
        List<Long> counts = new ArrayList<>();
        counts.add(f.conversionsDue().entrySet().stream()
                .filter(e -> e.getKey().isBefore(now))
                .mapToLong(Map.Entry::getValue)
                .sum());
        for (int i = 0; i < CONVERSION_MONTHS; i++) {
            YearMonth m = now.plusMonths(i);
            labels.add(m.toString());
            counts.add(f.conversionsDue().getOrDefault(m, 0L));
        }
        long soon = counts.subList(0, 4).stream().mapToLong(Long::longValue).sum();
        ChartJs chart = chart(ChartJs.Type.BAR)
                .setLabels(labels)
                .addDataset(new ChartJs.Dataset(t("dash.col.members"), counts, ChartPalette.ORANGE))
                .setSummary(t("dash.conversions.summary", counts.get(0), soon - counts.get(0)));
        chart.addChartClickListener(
                c -> Targets.open(OrganizationNavigation.membersRoute(), "status", MemberStatus.PROBATIONARY));
        return new ChartTile(
                "tile-conversions",
                t("dash.conversions.title"),
                String.valueOf(soon),
                t("dash.caption", t("dash.period.next3"), scope),
                chart,
                t("dash.col.month"));
    }

    ChartTile keyTasks(FollowUpFacts.Assignments a, int year, String scope) {
        int late = a.accepted() - a.acceptedOnTime();
        int open = a.total() - a.accepted() - a.overdue();
        List<Integer> values = List.of(a.acceptedOnTime(), late, open, a.overdue());
        ChartJs chart = chart(ChartJs.Type.DOUGHNUT)
                .setLabels(List.of(
                        t("dash.tasks.onTime"), t("dash.tasks.late"), t("dash.tasks.open"), t("dash.tasks.overdue")))
                .addDataset(new ChartJs.Dataset(
                        t("dash.tasks.count"), values, ChartPalette.BLUE, ChartPalette.goodToBad(4)))
                .setSummary(t("dash.tasks.summary", a.total(), a.acceptedOnTime(), late, open, a.overdue()));
        return new ChartTile(
                "tile-tasks",
                t("dash.tasks.title"),
                String.valueOf(a.total()),
                t("dash.caption", t("dash.period.yearToDate", year(year)), scope),
                chart,
                t("dash.col.state"));
    }

    ChartTile jointWork(List<HospitalFigures.JointWork> rows, int year, String scope) {
        List<HospitalFigures.JointWork> top =
                rows.stream().limit(JOINT_BRANCHES).toList();
        ChartJs chart = chart(ChartJs.Type.BAR)
                .setLabels(top.stream().map(HospitalFigures.JointWork::name).toList())
                .addDataset(new ChartJs.Dataset(
                        t("dash.joint.events"),
                        top.stream()
                                .map(HospitalFigures.JointWork::jointEventsHeld)
                                .toList(),
                        ChartPalette.BLUE))
                .addDataset(new ChartJs.Dataset(
                        t("dash.joint.served"),
                        top.stream()
                                .map(HospitalFigures.JointWork::peopleServed)
                                .toList(),
                        ChartPalette.GREEN));
        int events = rows.stream()
                .mapToInt(HospitalFigures.JointWork::jointEventsHeld)
                .sum();
        int served =
                rows.stream().mapToInt(HospitalFigures.JointWork::peopleServed).sum();
        chart.setSummary(t("dash.joint.summary", events, served));
        chart.addChartClickListener(c -> Targets.open(
                PairingNavigation.pairingsRoute(), "branch", top.get(c.index()).branchId()));
        return new ChartTile(
                "tile-joint",
                t("dash.joint.title"),
                String.valueOf(events),
                t("dash.caption", t("dash.period.yearToDate", year(year)), scope),
                chart,
                t("dash.col.branch"));
    }
}
