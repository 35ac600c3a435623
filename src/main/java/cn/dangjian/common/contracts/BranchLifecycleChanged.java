package cn.dangjian.common.contracts;

import java.time.LocalDate;

/**
 * Published by organisation, synchronously inside its transaction, when a branch is created or dissolved
 * ({@code date}: its founding or dissolution day). The calendar listens: a new branch gets its plan, a dissolved
 * one has its future planned events cancelled, in the same transaction (docs/decisions/0020-plan-lifecycle.md).
 */
public record BranchLifecycleChanged(long branchId, Change change, LocalDate date) {

    public enum Change {
        CREATED,
        DISSOLVED
    }
}
