package cn.dangjian.pairing;

/** What a review decides: 续签 (renew), 调整目标 (adjust goals), 终止 (end). */
public enum ReviewOutcome {
    RENEW,
    ADJUST_GOALS,
    END
}
