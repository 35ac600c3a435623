package cn.dangjian.calendar;

import cn.dangjian.organization.BranchKind;

/** One row of the heatmap: a branch's twelve months and the year's totals. */
public record BranchCompliance(
        long branchId, String code, String name, BranchKind kind, MonthCell[] months, MonthCell total) {}
