package cn.dangjian.points;

public enum SubmissionStatus {
    PENDING,
    APPROVED,
    REJECTED,
    /** A late-attendance line replaced by a later correction of the same attendance before anyone decided it. */
    WITHDRAWN
}
