package cn.dangjian.dashboard;

import cn.dangjian.calendar.ComplianceBand;
import cn.dangjian.calendar.Reminder;
import cn.dangjian.common.contracts.FollowUpFacts;
import cn.dangjian.organization.BranchKind;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.points.Band;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the hospital dashboard shows, read once: completion by month (this year and last, percent on
 * time of the decided duties, null where nothing was decided), branches by completion band, the overdue
 * duties, live pairings and (apart) alliances by level and health, points bands and branch averages, members, conversions due,
 * and the key tasks and joint work when those features are present (null otherwise).
 */
public record HospitalFigures(
        LocalDate today,
        int branches,
        List<@Nullable Integer> completion,
        List<@Nullable Integer> completionLastYear,
        int onTimePercent,
        int onTimePercentLastYear,
        Map<ComplianceBand, List<Long>> branchesByBand,
        List<Reminder> overdue,
        Map<AllianceLevel, Map<PairingHealth, Integer>> pairingHealth,
        Map<AllianceLevel, Map<PairingHealth, Integer>> allianceHealth,
        Map<Band, Integer> pointsBands,
        List<BranchAverage> averages,
        long fullMembers,
        long probationaryMembers,
        Map<YearMonth, Long> conversionsDue,
        FollowUpFacts.@Nullable Assignments keyTasks,
        @Nullable List<JointWork> jointWork) {

    public int year() {
        return today.getYear();
    }

    /** A branch's average yearly points, with the peer group (branch kind) it is compared within. */
    public record BranchAverage(long branchId, String code, String name, BranchKind kind, double average) {}

    /** A branch's joint work of the year (from the pairing feature's co-construction facts). */
    public record JointWork(long branchId, String name, int jointEventsHeld, int peopleServed) {}
}
