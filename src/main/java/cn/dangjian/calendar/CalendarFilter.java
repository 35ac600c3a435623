package cn.dangjian.calendar;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Narrows the calendar: a branch (null = all the viewer may see), types (empty = all) and statuses (empty = all). */
public record CalendarFilter(@Nullable Long branchId, Set<Long> typeIds, Set<EventStatus> statuses) {

    public static CalendarFilter none() {
        return new CalendarFilter(null, Set.of(), Set.of());
    }
}
