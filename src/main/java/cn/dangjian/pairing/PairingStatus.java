package cn.dangjian.pairing;

/** draft → active (signed) → under review → renewed or ended. */
public enum PairingStatus {
    DRAFT,
    ACTIVE,
    UNDER_REVIEW,
    RENEWED,
    ENDED;

    /** A live pairing owes activity: it counts in the matrix, for health and for duplicates. */
    public boolean isLive() {
        return this == ACTIVE || this == UNDER_REVIEW || this == RENEWED;
    }
}
