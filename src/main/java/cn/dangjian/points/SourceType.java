package cn.dangjian.points;

/** Where a ledger entry came from. */
public enum SourceType {
    EVENT,
    MANUAL,
    IMPORT,
    REVERSAL,
    /** A need claimed and closed in the three lists (issue 8). */
    NEED,
    /** An honour (表彰) decided in the assessment's register, through its seeded rule. */
    HONOUR
}
