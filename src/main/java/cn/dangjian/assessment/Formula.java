package cn.dangjian.assessment;

/**
 * The fixed list of automatic formulas. Each reads one kind of record; {@code low}/{@code high} are the default
 * thresholds of the linear ones (the score rises from 0 at {@code low} to the maximum at {@code high}).
 */
public enum Formula {
    /** Share of decided duties (三会一课 etc.) held on time, from the calendar's compliance. */
    DUTY_ON_TIME(0.6, 0.95),
    /** Committee elected where required, a secretary, term not overdue (organisation warnings). */
    COMMITTEE_VALID(0, 0),
    /** At least 3 full members and at most 50 members (organisation warnings). */
    BRANCH_SIZE(0, 0),
    /** Share of members whose yearly points are in band 良好 or better. */
    MEMBERS_GOOD_SHARE(0.5, 0.9),
    /** Average yearly points score of the branch's members. */
    AVERAGE_POINTS(60, 90),
    /** Share of the branch's live pairings that are alive. */
    PAIRING_ALIVE(0, 1),
    /** Share of the pairing goals due that were met. */
    PAIRING_GOALS_MET(0, 1),
    /** Held calendar events linked to a pairing the branch is a party to. */
    JOINT_EVENTS(0, 4),
    /** The secretary is a department head or key staff (双带头人). */
    DUAL_LEADER(0, 0),
    /** Share of key-task assignments accepted and reported on time (plan's follow-up). */
    KEY_TASKS_ON_TIME(0.5, 1),
    /** Months with brand-project results (一支部一品牌). */
    BRAND_MONTHS(0, 10),
    /** Share of needs received that were closed and rated satisfied (the three lists). */
    NEEDS_SATISFIED(0, 1),
    /**
     * Branch honours of the year before (先进基层党组织, 最佳党日活动): {@code low} points per honour, capped by the
     * indicator's maximum; a bonus the next campaign reads from the honours register.
     */
    BRANCH_HONOURS(3, 0);

    private final double low;
    private final double high;

    Formula(double low, double high) {
        this.low = low;
        this.high = high;
    }

    public double defaultLow() {
        return low;
    }

    public double defaultHigh() {
        return high;
    }

    /** Whether the formula's one parameter is points per counted thing ({@code low}; {@code high} unused). */
    public boolean perUnit() {
        return this == BRANCH_HONOURS;
    }

    /** Whether the thresholds mean anything (the pass/fail formulas ignore them). */
    public boolean linear() {
        return high > low && !perUnit();
    }
}
