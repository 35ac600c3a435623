package cn.dangjian.calendar;

/**
 * Outcome of a self sign-in: a second scan is harmless and says so; a scan after the event was recorded
 * is sent to the secretary as a correction request instead of changing attendance.
 */
public enum SignInResult {
    SIGNED_IN,
    ALREADY_SIGNED_IN,
    SENT_TO_SECRETARY
}
