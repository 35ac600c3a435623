package cn.dangjian.calendar;

import java.time.LocalDateTime;

/** The current QR token of an event and the hospital-time window in which it signs members in. */
public record SignInCode(String token, LocalDateTime validFrom, LocalDateTime validUntil) {}
