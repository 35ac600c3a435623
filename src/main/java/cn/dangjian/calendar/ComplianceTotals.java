package cn.dangjian.calendar;

import java.util.List;

/**
 * The heatmap summed over its branches: what the hospital (or the viewer's scope) owed this year and
 * how it went. A branch is behind when less than 80 % of its decided duties were held on time; {@code unplanned}
 * counts the open duties with no planned event in their period (未安排).
 */
public record ComplianceTotals(int due, int onTime, int late, int overdue, int pending, int behind, int unplanned) {

    public ComplianceTotals(int due, int onTime, int late, int overdue, int pending, int behind) {
        this(due, onTime, late, overdue, pending, behind, 0);
    }

    static final double BEHIND_BELOW = 0.8;

    public static ComplianceTotals of(List<BranchCompliance> rows) {
        int due = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int pending = 0;
        int behind = 0;
        int unplanned = 0;
        for (BranchCompliance r : rows) {
            MonthCell t = r.total();
            due += t.due();
            onTime += t.onTime();
            late += t.late();
            overdue += t.overdue();
            pending += t.pending();
            unplanned += t.unplanned();
            if (t.score() >= 0 && t.score() < BEHIND_BELOW) {
                behind++;
            }
        }
        return new ComplianceTotals(due, onTime, late, overdue, pending, behind, unplanned);
    }

    /** Percentage of the decided duties held on time, or -1 when nothing was due yet. */
    public int onTimePercent() {
        int decided = due - pending;
        return decided == 0 ? -1 : (int) Math.round(100.0 * onTime / decided);
    }
}
