package cn.dangjian.pairing;

/** What was done under a pairing. JOINT_ACTIVITY is also what the calendar records for held joint events. */
public enum EvidenceKind {
    JOINT_ACTIVITY,
    BUSINESS_PROBLEM_SOLVED,
    SHARED_TRAINING,
    OTHER,
    /** Written by the three lists when a need addressed to the pairing or alliance is closed. */
    NEED_CLOSED
}
