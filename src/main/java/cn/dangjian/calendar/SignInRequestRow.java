package cn.dangjian.calendar;

import java.time.LocalDateTime;

/** A pending late sign-in as the secretary sees it: which event, who, when they scanned. */
public record SignInRequestRow(
        long id,
        long eventId,
        String eventTitle,
        LocalDateTime eventStart,
        long memberId,
        String memberName,
        LocalDateTime requestedAt) {}
