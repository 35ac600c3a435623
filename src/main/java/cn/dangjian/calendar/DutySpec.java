package cn.dangjian.calendar;

import org.jspecify.annotations.Nullable;

/** A duty rule as the compliance arithmetic needs it. */
public record DutySpec(
        long typeId,
        String typeCode,
        Recurrence recurrence,
        @Nullable Integer windowMonth,
        @Nullable Integer windowDay) {}
