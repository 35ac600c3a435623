package cn.dangjian.points;

/** Which attendance state of a calendar event a rule applies to. */
public enum EventTrigger {
    /** Present at the event. */
    ATTEND,
    /** Absent without leave. */
    ABSENT
}
