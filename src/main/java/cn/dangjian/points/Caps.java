package cn.dangjian.points;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How many of the requested points a rule still grants, given what the member already received
 * under it this day, month and year. Deductions (negative points) are capped by magnitude the same way.
 */
public final class Caps {

    private Caps() {}

    public static int grant(
            int requested,
            @Nullable Integer capDay,
            @Nullable Integer capMonth,
            @Nullable Integer capYear,
            int usedDay,
            int usedMonth,
            int usedYear) {
        int sign = requested < 0 ? -1 : 1;
        long room = Math.abs((long) requested);
        room = Math.min(room, roomLeft(capDay, sign * usedDay));
        room = Math.min(room, roomLeft(capMonth, sign * usedMonth));
        room = Math.min(room, roomLeft(capYear, sign * usedYear));
        return (int) (sign * Math.max(0, room));
    }

    /**
     * The keys of the usage counters a date counts towards: day {@code yyyymmdd}, month {@code yyyymm00},
     * year {@code yyyy0000} (never equal, as days and months start at 1).
     */
    public static int[] usagePeriods(LocalDate date) {
        int year = date.getYear() * 10_000;
        int month = year + date.getMonthValue() * 100;
        return new int[] {month + date.getDayOfMonth(), month, year};
    }

    private static long roomLeft(@Nullable Integer cap, int used) {
        return cap == null ? Long.MAX_VALUE : Math.max(0, Math.abs((long) cap) - used);
    }
}
