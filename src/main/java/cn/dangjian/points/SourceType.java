package cn.dangjian.points;

/** Where a ledger entry came from. */
public enum SourceType {
    EVENT,
    MANUAL,
    IMPORT,
    REVERSAL
}
