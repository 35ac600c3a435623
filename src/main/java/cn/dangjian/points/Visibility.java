package cn.dangjian.points;

/** How much of the leaderboards an audience sees. */
public enum Visibility {
    FULL,
    OWN_RANK,
    NONE
}
