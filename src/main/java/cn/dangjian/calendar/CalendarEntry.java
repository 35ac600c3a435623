package cn.dangjian.calendar;

import java.time.LocalDateTime;

/** An event as the calendar grid shows it: one row of a month's read model. */
public record CalendarEntry(
        Long id,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        Long typeId,
        String color,
        Long branchId,
        EventStatus status,
        boolean joint) {}
