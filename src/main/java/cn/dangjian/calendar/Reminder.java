package cn.dangjian.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Something a branch owes soon or is late with; {@code plannedEventId} when an event is already scheduled for it. */
public record Reminder(
        long branchId,
        String branchName,
        DueItem item,
        boolean overdue,
        @Nullable Long plannedEventId,
        @Nullable LocalDate plannedDate) {}
