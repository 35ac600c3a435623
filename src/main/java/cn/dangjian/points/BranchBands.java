package cn.dangjian.points;

/** How a branch's members fall into the bands in a year. */
public record BranchBands(
        long branchId, String code, String name, int excellent, int good, int pass, int fail, double average) {}
