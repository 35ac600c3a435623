package cn.dangjian.calendar;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One expected participant with what is known of their attendance. */
public record AttendeeRow(
        long memberId,
        String name,
        String staffNumber,
        @Nullable AttendanceStatus status,
        @Nullable String leaveReason,
        @Nullable LocalDateTime signedInAt) {}
