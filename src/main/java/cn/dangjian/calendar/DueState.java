package cn.dangjian.calendar;

/** Where one due item stands: held in its period by the due date, held after it, missed, or still open. */
public enum DueState {
    ON_TIME,
    LATE,
    OVERDUE,
    PENDING
}
