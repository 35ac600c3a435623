package cn.dangjian.accounts;

import org.jspecify.annotations.NullMarked;

/** A member who has no login yet. */
@NullMarked
public record AccountCandidate(long memberId, String name, String staffNumber, long branchId, String branchName) {
}
