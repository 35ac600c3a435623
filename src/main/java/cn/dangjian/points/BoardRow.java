package cn.dangjian.points;

/** One line of a member leaderboard. {@code score} is base + net (floored) for a year, the net otherwise. */
public record BoardRow(int rank, long memberId, String name, String branchName, int net, int score) {}
