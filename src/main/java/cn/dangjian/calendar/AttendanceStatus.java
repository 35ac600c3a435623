package cn.dangjian.calendar;

/** 出席 / 请假 / 缺席. */
public enum AttendanceStatus {
    PRESENT,
    LEAVE,
    ABSENT
}
