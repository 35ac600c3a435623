package cn.dangjian.assessment;

/**
 * How totals become grades: band minimums, star minimums, the share of 五星 allowed (0 = no quota), the
 * 标杆支部 candidates (top N per peer group at or above a score), the 公示 days and whether members see others.
 */
public record GradeSettings(
        int excellentMin,
        int goodMin,
        int passMin,
        int fiveStarMin,
        int fourStarMin,
        int threeStarMin,
        int twoStarMin,
        int fiveStarQuotaPct,
        int benchmarkTopN,
        int benchmarkMinScore,
        int publicityDays,
        boolean membersSeeOthers) {

    /** Published practice: 优秀 ≥ 90, 良好 80–89, 一般 60–79, 较差 < 60; at most 10 % 五星; top 2 per group ≥ 90. */
    public static GradeSettings defaults() {
        return new GradeSettings(90, 80, 60, 90, 80, 70, 60, 10, 2, 90, 7, false);
    }
}
