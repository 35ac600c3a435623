package cn.dangjian.points;

/** A branch on the branch leaderboard, ranked by average points per member. */
public record BranchRow(int rank, long branchId, String code, String name, long members, double average) {}
