package cn.dangjian.points;

/** The annual grade of a member's score: 优秀 / 良好 / 合格 / 不合格, with thresholds from the settings. */
public enum Band {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL;

    public static Band of(int score, int excellent, int good, int pass) {
        if (score >= excellent) {
            return EXCELLENT;
        }
        if (score >= good) {
            return GOOD;
        }
        return score >= pass ? PASS : FAIL;
    }
}
