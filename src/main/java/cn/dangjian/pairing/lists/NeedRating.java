package cn.dangjian.pairing.lists;

/** The requester's verdict: 满意 / 基本满意 / 不满意. */
public enum NeedRating {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED;

    public boolean isSatisfied() {
        return this != UNSATISFIED;
    }
}
