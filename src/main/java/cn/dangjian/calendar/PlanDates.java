package cn.dangjian.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a generated event lands, free of the database so its edge cases are unit-tested: the habit's
 * day in the habit's month of the period, moved forward to the next working day within the period (or,
 * at the period's end, back to the last one before it). Working days: Monday to Friday unless a
 * holiday, plus the weekend days worked instead of a holiday (调休).
 */
final class PlanDates {

    private PlanDates() {}

    /** A habit as placement needs it; ordinal 5 means "the last" weekday of the month. */
    record Habit(
            @Nullable Integer weekOrdinal,
            @Nullable Integer dayOfWeek,
            @Nullable Integer dayOfMonth,
            @Nullable Integer periodMonth,
            LocalTime start,
            int minutes,
            @Nullable String place) {}

    /** The key that marks a generated event's period: M2027-03, Q2027-1 or Y2027. */
    static String periodKey(DueItem item) {
        LocalDate s = item.periodStart();
        return switch (item.recurrence()) {
            case MONTHLY -> String.format("M%d-%02d", s.getYear(), s.getMonthValue());
            case QUARTERLY -> "Q" + s.getYear() + "-" + ((s.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> "Y" + s.getYear();
        };
    }

    /** holidays: date → true when worked (调休), false when off. */
    static boolean isWorkingDay(LocalDate d, Map<LocalDate, Boolean> holidays) {
        Boolean h = holidays.get(d);
        if (h != null) {
            return h;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static Optional<LocalDate> place(DueItem item, Habit habit, Map<LocalDate, Boolean> holidays) {
        LocalDate wanted = habitDay(targetMonth(item, habit), habit);
        for (LocalDate d = wanted; !d.isAfter(item.periodEnd()); d = d.plusDays(1)) {
            if (isWorkingDay(d, holidays)) {
                return Optional.of(d);
            }
        }
        for (LocalDate d = wanted.minusDays(1); !d.isBefore(item.periodStart()); d = d.minusDays(1)) {
            if (isWorkingDay(d, holidays)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * As {@link #place}, but only after today: when the habit's day has passed while the period is still open, the
     * next working day after today within the period (a new branch, or a gap found late, still gets its meeting).
     */
    static Optional<LocalDate> placeAfter(
            DueItem item, Habit habit, Map<LocalDate, Boolean> holidays, LocalDate today) {
        Optional<LocalDate> day = place(item, habit, holidays);
        if (day.isEmpty() || day.get().isAfter(today)) {
            return day;
        }
        LocalDate from = today.plusDays(1).isAfter(item.periodStart()) ? today.plusDays(1) : item.periodStart();
        for (LocalDate d = from; !d.isAfter(item.periodEnd()); d = d.plusDays(1)) {
            if (isWorkingDay(d, holidays)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static YearMonth targetMonth(DueItem item, Habit habit) {
        YearMonth first = YearMonth.from(item.periodStart());
        return switch (item.recurrence()) {
            case MONTHLY -> first;
            case QUARTERLY -> first.plusMonths(clamp(habit.periodMonth(), 1, 3, 1) - 1);
            case YEARLY ->
                first.withMonth(clamp(habit.periodMonth(), 1, 12, item.dueDate().getMonthValue()));
        };
    }

    static LocalDate habitDay(YearMonth month, Habit habit) {
        if (habit.weekOrdinal() != null && habit.dayOfWeek() != null) {
            DayOfWeek dow = DayOfWeek.of(clamp(habit.dayOfWeek(), 1, 7, 1));
            int n = clamp(habit.weekOrdinal(), 1, 5, 1);
            LocalDate first = month.atDay(1).with(TemporalAdjusters.firstInMonth(dow));
            LocalDate nth = first.plusWeeks(n - 1L);
            return n == 5 || nth.getMonthValue() != month.getMonthValue()
                    ? month.atDay(1).with(TemporalAdjusters.lastInMonth(dow))
                    : nth;
        }
        if (habit.dayOfMonth() != null) {
            return month.atDay(Math.min(clamp(habit.dayOfMonth(), 1, 31, 1), month.lengthOfMonth()));
        }
        return month.atDay(1);
    }

    private static int clamp(@Nullable Integer value, int min, int max, int fallback) {
        return value == null ? fallback : Math.max(min, Math.min(max, value));
    }
}
