package cn.dangjian.calendar;

/** Who is expected: the whole branch, its committee, or a hand-picked list. */
public enum Audience {
    BRANCH,
    COMMITTEE,
    LIST
}
