package cn.dangjian.assessment;

/** 优秀 / 良好 / 一般 / 较差 by total score. */
public enum GradeBand {
    EXCELLENT,
    GOOD,
    FAIR,
    POOR
}
