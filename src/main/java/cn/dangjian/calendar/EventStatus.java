package cn.dangjian.calendar;

/** planned → held, or planned → cancelled; a held event may be cancelled (a mistake) or set back to planned. */
public enum EventStatus {
    PLANNED,
    HELD,
    CANCELLED
}
