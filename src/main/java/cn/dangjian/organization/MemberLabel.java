package cn.dangjian.organization;

/** A member's name and current branch, for rows another feature lists (leaderboards, approval queues). */
public record MemberLabel(long id, String name, long branchId, String branchName) {}
