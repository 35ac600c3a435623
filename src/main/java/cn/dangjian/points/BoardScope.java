package cn.dangjian.points;

/** Which leaderboard: all members of the hospital, the members of one branch, or branches by average. */
public enum BoardScope {
    HOSPITAL,
    BRANCH,
    BRANCHES
}
