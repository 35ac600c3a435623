package cn.dangjian.accounts;

/** A member who has no login yet. */
public record AccountCandidate(long memberId, String name, String staffNumber, long branchId, String branchName) {}
