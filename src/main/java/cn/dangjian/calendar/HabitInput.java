package cn.dangjian.calendar;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A meeting habit as a form submits it: either the Nth weekday (ordinal 1-5, 5 = last; Monday = 1) or a
 * day of the month, the month of the quarter or year where the duty is not monthly, time, minutes, place.
 */
public record HabitInput(
        long typeId,
        @Nullable Integer weekOrdinal,
        @Nullable Integer dayOfWeek,
        @Nullable Integer dayOfMonth,
        @Nullable Integer periodMonth,
        LocalTime start,
        int minutes,
        @Nullable String place) {

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("typeId", typeId);
        m.put("weekOrdinal", weekOrdinal);
        m.put("dayOfWeek", dayOfWeek);
        m.put("dayOfMonth", dayOfMonth);
        m.put("periodMonth", periodMonth);
        m.put("start", start);
        m.put("minutes", minutes);
        m.put("place", place);
        return m;
    }
}
