package cn.dangjian.dashboard;

import cn.dangjian.calendar.BranchCompliance;
import cn.dangjian.calendar.ComplianceBand;
import cn.dangjian.calendar.ComplianceFigures;
import cn.dangjian.calendar.ComplianceService;
import cn.dangjian.calendar.ComplianceTotals;
import cn.dangjian.calendar.MonthCell;
import cn.dangjian.common.contracts.CoConstructionFacts;
import cn.dangjian.common.contracts.FollowUpFacts;
import cn.dangjian.organization.BranchService;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.organization.MemberFigures;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.AllianceRow;
import cn.dangjian.pairing.AllianceService;
import cn.dangjian.pairing.PairingFilter;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingRow;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.points.Band;
import cn.dangjian.points.BranchBands;
import cn.dangjian.points.PointsFigures;
import cn.dangjian.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hospital dashboard's figures for the Party office and the leadership, from each feature's aggregates. */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "')")
public class HospitalDashboardService {

    private final ComplianceService compliance;
    private final ComplianceFigures complianceFigures;
    private final PairingService pairings;
    private final AllianceService alliances;
    private final PointsFigures points;
    private final BranchService branches;
    private final MemberFigures members;
    private final ObjectProvider<FollowUpFacts> followUp;
    private final ObjectProvider<CoConstructionFacts> coConstruction;
    private final Clock clock;

    HospitalDashboardService(
            ComplianceService compliance,
            ComplianceFigures complianceFigures,
            PairingService pairings,
            AllianceService alliances,
            PointsFigures points,
            BranchService branches,
            MemberFigures members,
            ObjectProvider<FollowUpFacts> followUp,
            ObjectProvider<CoConstructionFacts> coConstruction,
            Clock clock) {
        this.compliance = compliance;
        this.complianceFigures = complianceFigures;
        this.pairings = pairings;
        this.alliances = alliances;
        this.points = points;
        this.branches = branches;
        this.members = members;
        this.followUp = followUp;
        this.coConstruction = coConstruction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public HospitalFigures figures() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<BranchCompliance> thisYear = compliance.heatmap(year);
        List<BranchCompliance> lastYear = compliance.heatmap(year - 1);
        Map<ComplianceBand, List<Long>> byBand = new EnumMap<>(ComplianceBand.class);
        for (ComplianceBand b : ComplianceBand.values()) {
            byBand.put(b, new ArrayList<>());
        }
        thisYear.forEach(r -> byBand.get(ComplianceBand.of(r.total())).add(r.branchId()));
        List<BranchSummary> summaries = branches.summaries();
        Map<Long, BranchSummary> byId =
                summaries.stream().collect(Collectors.toMap(BranchSummary::id, Function.identity()));
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        List<HospitalFigures.BranchAverage> averages = new ArrayList<>();
        for (BranchBands b : points.branchBands(year)) {
            bands.merge(Band.EXCELLENT, b.excellent(), Integer::sum);
            bands.merge(Band.GOOD, b.good(), Integer::sum);
            bands.merge(Band.PASS, b.pass(), Integer::sum);
            bands.merge(Band.FAIL, b.fail(), Integer::sum);
            BranchSummary s = byId.get(b.branchId());
            if (s != null) {
                averages.add(
                        new HospitalFigures.BranchAverage(b.branchId(), b.code(), b.name(), s.kind(), b.average()));
            }
        }
        averages.sort(Comparator.comparing(HospitalFigures.BranchAverage::kind)
                .thenComparing(Comparator.comparingDouble(HospitalFigures.BranchAverage::average)
                        .reversed()));
        return new HospitalFigures(
                today,
                summaries.size(),
                monthly(thisYear, today.getMonthValue()),
                monthly(lastYear, 12),
                ComplianceTotals.of(thisYear).onTimePercent(),
                ComplianceTotals.of(lastYear).onTimePercent(),
                byBand,
                complianceFigures.overdue(year),
                pairingHealth(),
                allianceHealth(),
                bands,
                averages,
                summaries.stream().mapToLong(BranchSummary::fullMembers).sum(),
                summaries.stream().mapToLong(BranchSummary::probationaryMembers).sum(),
                members.conversionsDue(),
                keyTasks(year),
                jointWork(year, byId));
    }

    /**
     * The hospital's on-time share per month up to {@code lastMonth}; null for a month with nothing decided and for
     * months still to come (a December meeting held early would otherwise draw December at 100 % in November).
     */
    static List<@Nullable Integer> monthly(List<BranchCompliance> rows, int lastMonth) {
        List<@Nullable Integer> result = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            if (m >= lastMonth) {
                result.add(null);
                continue;
            }
            int due = 0;
            int onTime = 0;
            int pending = 0;
            for (BranchCompliance r : rows) {
                MonthCell c = r.months()[m];
                due += c.due();
                onTime += c.onTime();
                pending += c.pending();
            }
            int percent = ComplianceBand.percent(new MonthCell(m + 1, due, onTime, 0, 0, pending));
            result.add(percent < 0 ? null : percent);
        }
        return result;
    }

    /**
     * Live two-party pairings (those with a health) by level and health; every level and health present, zero or
     * not. The pairing list leaves alliances out (decision 0022 addendum), so they are counted apart.
     */
    private Map<AllianceLevel, Map<PairingHealth, Integer>> pairingHealth() {
        Map<AllianceLevel, Map<PairingHealth, Integer>> result = byLevel();
        for (PairingRow r : pairings.search(PairingFilter.none(), 0, Integer.MAX_VALUE, Sort.unsorted())) {
            count(result, r.level(), r.healthValue());
        }
        return result;
    }

    /** Live alliances by their level and health, in the same shape. */
    private Map<AllianceLevel, Map<PairingHealth, Integer>> allianceHealth() {
        Map<AllianceLevel, Map<PairingHealth, Integer>> result = byLevel();
        for (AllianceRow r : alliances.list(null)) {
            count(result, r.level(), r.healthValue());
        }
        return result;
    }

    private static Map<AllianceLevel, Map<PairingHealth, Integer>> byLevel() {
        Map<AllianceLevel, Map<PairingHealth, Integer>> result = new EnumMap<>(AllianceLevel.class);
        for (AllianceLevel level : AllianceLevel.values()) {
            Map<PairingHealth, Integer> counts = new EnumMap<>(PairingHealth.class);
            for (PairingHealth h : PairingHealth.values()) {
                counts.put(h, 0);
            }
            result.put(level, counts);
        }
        return result;
    }

    private static void count(
            Map<AllianceLevel, Map<PairingHealth, Integer>> into, AllianceLevel level, @Nullable PairingHealth h) {
        if (h != null) {
            into.get(level).merge(h, 1, Integer::sum);
        }
    }

    private FollowUpFacts.@Nullable Assignments keyTasks(int year) {
        FollowUpFacts facts = followUp.getIfAvailable();
        if (facts == null) {
            return null;
        }
        int total = 0;
        int accepted = 0;
        int onTime = 0;
        int overdue = 0;
        for (FollowUpFacts.Assignments a : facts.assignments(year).values()) {
            total += a.total();
            accepted += a.accepted();
            onTime += a.acceptedOnTime();
            overdue += a.overdue();
        }
        return new FollowUpFacts.Assignments(total, accepted, onTime, overdue);
    }

    private @Nullable List<HospitalFigures.JointWork> jointWork(int year, Map<Long, BranchSummary> byId) {
        CoConstructionFacts facts = coConstruction.getIfAvailable();
        if (facts == null) {
            return null;
        }
        List<HospitalFigures.JointWork> result = new ArrayList<>();
        facts.byBranch(year).forEach((id, j) -> {
            BranchSummary s = byId.get(id);
            if (s != null) {
                result.add(new HospitalFigures.JointWork(id, s.name(), j.jointEventsHeld(), j.peopleServed()));
            }
        });
        result.sort(Comparator.comparingInt(HospitalFigures.JointWork::jointEventsHeld)
                .reversed()
                .thenComparing(HospitalFigures.JointWork::name));
        return result;
    }
}
