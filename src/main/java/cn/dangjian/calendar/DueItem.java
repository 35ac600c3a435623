package cn.dangjian.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One thing a branch owes: an event of a type within a period, due by a date. Once evaluated it
 * carries the held event that satisfied it, if any, and, while still open, the day of the planned event
 * inside its period ({@code plannedDate}: 已安排; none: 未安排, a gap in the plan before it is overdue).
 */
public record DueItem(
        long typeId,
        String typeCode,
        Recurrence recurrence,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDate,
        DueState state,
        @Nullable Long eventId,
        @Nullable LocalDate heldDate,
        @Nullable LocalDate plannedDate) {

    public DueItem(
            long typeId,
            String typeCode,
            Recurrence recurrence,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate,
            DueState state,
            @Nullable Long eventId,
            @Nullable LocalDate heldDate) {
        this(typeId, typeCode, recurrence, periodStart, periodEnd, dueDate, state, eventId, heldDate, null);
    }

    /** Still open and no planned event in its period: a gap in the plan. */
    public boolean unplanned() {
        return state == DueState.PENDING && plannedDate == null;
    }

    DueItem plannedOn(@Nullable LocalDate day) {
        return new DueItem(
                typeId, typeCode, recurrence, periodStart, periodEnd, dueDate, state, eventId, heldDate, day);
    }

    DueItem satisfiedBy(long eventId, LocalDate held) {
        return new DueItem(
                typeId,
                typeCode,
                recurrence,
                periodStart,
                periodEnd,
                dueDate,
                held.isAfter(dueDate) ? DueState.LATE : DueState.ON_TIME,
                eventId,
                held);
    }

    /** A short label of the period: 2026-03, 2026-Q1 or 2026. */
    public String periodLabel() {
        return switch (recurrence) {
            case MONTHLY -> String.format("%d-%02d", periodStart.getYear(), periodStart.getMonthValue());
            case QUARTERLY -> periodStart.getYear() + "-Q" + ((periodStart.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> String.valueOf(periodStart.getYear());
        };
    }
}
