package cn.dangjian.plan;

import org.jspecify.annotations.Nullable;

/** A year's assignments of one owner (branch null: the office), counted for the office's overview. */
public record BranchFollowUp(
        @Nullable Long branchId, String name, int total, int open, int reported, int accepted, int overdue) {}
