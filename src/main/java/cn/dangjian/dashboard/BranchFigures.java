package cn.dangjian.dashboard;

import cn.dangjian.calendar.ComplianceFigures;
import cn.dangjian.calendar.DueItem;
import cn.dangjian.organization.BranchSummary;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.points.Band;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the branch dashboard shows: the branch's completion by month (percent on time of the decided duties,
 * null where nothing was decided), its next open duties, attendance per held meeting, its live pairings by
 * health, its members by band and the monthly average points.
 */
public record BranchFigures(
        LocalDate today,
        BranchSummary branch,
        List<@Nullable Integer> completion,
        List<DueItem> upcoming,
        List<ComplianceFigures.MeetingAttendance> attendance,
        Map<PairingHealth, Integer> pairingHealth,
        Map<Band, Integer> bands,
        double[] pointsTrend) {

    public int year() {
        return today.getYear();
    }
}
