package cn.dangjian.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something a branch owes soon or is late with; {@code plannedEventId} when an event is already scheduled for it.
 * {@code termEnd} is set for a committee's term end (换届): the item is then its election 党员大会.
 */
public record Reminder(
        long branchId,
        String branchName,
        DueItem item,
        boolean overdue,
        @Nullable Long plannedEventId,
        @Nullable LocalDate plannedDate,
        @Nullable LocalDate termEnd) {

    public Reminder(
            long branchId,
            String branchName,
            DueItem item,
            boolean overdue,
            @Nullable Long plannedEventId,
            @Nullable LocalDate plannedDate) {
        this(branchId, branchName, item, overdue, plannedEventId, plannedDate, null);
    }
}
