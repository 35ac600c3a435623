package cn.dangjian.pairing.lists;

/** 待认领 → 办理中 → 已办结 → 已评价. A need in progress or later is a project. */
public enum NeedStatus {
    WAITING,
    IN_PROGRESS,
    DONE,
    RATED;

    public boolean isClosed() {
        return this == DONE || this == RATED;
    }
}
