package cn.dangjian.points;

import java.util.List;

/** The annual evaluation: bands per branch, the 优秀共产党员 shortlist, probationary members' scores. */
public record Evaluation(
        int year, List<BranchBands> branches, List<MemberScore> shortlist, List<MemberScore> probationary) {}
