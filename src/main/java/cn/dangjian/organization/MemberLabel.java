package cn.dangjian.organization;

import org.jspecify.annotations.NullMarked;

/** A member's name and current branch, for rows another feature lists (leaderboards, approval queues). */
@NullMarked
public record MemberLabel(long id, String name, long branchId, String branchName) {
}
