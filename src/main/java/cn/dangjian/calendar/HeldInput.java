package cn.dangjian.calendar;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Recording an event as held: who was present, who was on leave (with the reason); everybody else expected was absent. */
public record HeldInput(
        long eventId,
        long version,
        Set<Long> present,
        Map<Long, String> onLeave,
        @Nullable String minutes) {}
