package cn.dangjian.calendar;

/** How often a duty falls due: 每月 / 每季度 / 每年. */
public enum Recurrence {
    MONTHLY,
    QUARTERLY,
    YEARLY
}
