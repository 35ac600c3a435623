package cn.dangjian.calendar;

import java.time.LocalDateTime;

/**
 * An event as the calendar grid shows it: one row of a month's read model. {@code awaitingConfirmation}: generated
 * by the plan and not yet confirmed, moved or otherwise changed by the secretary (decision 0020).
 */
public record CalendarEntry(
        Long id,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        Long typeId,
        String color,
        Long branchId,
        EventStatus status,
        boolean awaitingConfirmation) {

    public CalendarEntry(
            Long id,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            Long typeId,
            String color,
            Long branchId,
            EventStatus status) {
        this(id, title, start, end, typeId, color, branchId, status, false);
    }
}
