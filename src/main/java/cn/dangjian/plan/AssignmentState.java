package cn.dangjian.plan;

/** 已下发 → 办理中 → 已报结 → 已通过, or 退回整改 → 办理中 → 已报结 … until accepted. */
public enum AssignmentState {
    ISSUED,
    IN_PROGRESS,
    REPORTED,
    RETURNED,
    ACCEPTED;

    public boolean isOpen() {
        return this != ACCEPTED;
    }
}
