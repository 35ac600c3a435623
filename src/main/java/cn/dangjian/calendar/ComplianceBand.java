package cn.dangjian.calendar;

/**
 * Where a branch's share of decided duties held on time puts it: 90 % and more, 80–89 % (the line below
 * which {@link ComplianceTotals} counts a branch as behind), 60–79 %, under 60 %, or nothing decided yet.
 * The dashboards chart branches by it and the heatmap filters by it, so both use this one rule.
 */
public enum ComplianceBand {
    HIGH,
    MIDDLE,
    LOW,
    POOR,
    NONE;

    /** The band of a branch-year or a month cell; {@code percent} as {@link #percent(MonthCell)} gives it. */
    public static ComplianceBand of(int percent) {
        if (percent < 0) {
            return NONE;
        }
        if (percent >= 90) {
            return HIGH;
        }
        if (percent >= 80) {
            return MIDDLE;
        }
        return percent >= 60 ? LOW : POOR;
    }

    public static ComplianceBand of(MonthCell cell) {
        return of(percent(cell));
    }

    /** Share of the decided items held on time, rounded, as the on-time rate everywhere counts it; -1 for none. */
    public static int percent(MonthCell cell) {
        int decided = cell.due() - cell.pending();
        return decided == 0 ? -1 : (int) Math.round(100.0 * cell.onTime() / decided);
    }
}
