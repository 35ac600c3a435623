package cn.dangjian.calendar;

/** Outcome of a self sign-in: a second scan is harmless and says so. */
public enum SignInResult {
    SIGNED_IN, ALREADY_SIGNED_IN
}
