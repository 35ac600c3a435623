package cn.dangjian.common.contracts;

/**
 * Published by organisation, synchronously inside its transaction, when a member is moved to another branch.
 * Security listens: the member's login follows them (scope, role, open sessions).
 */
public record MemberBranchChanged(long memberId, long fromBranchId, long toBranchId) {}
