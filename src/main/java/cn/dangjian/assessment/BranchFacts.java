package cn.dangjian.assessment;

import cn.dangjian.common.contracts.CoConstructionFacts;
import cn.dangjian.common.contracts.FollowUpFacts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the records say about one branch in one year: the raw numbers every automatic formula reads. A null
 * {@code followUp}/{@code coConstruction} means the feature that keeps them is not installed (no data source),
 * unlike a branch the feature knows nothing about (zeros). {@code honoursLastYear}: the branch's honours of the
 * year before that count for the assessment (AwardKind.countsForBranch).
 */
public record BranchFacts(
        long branchId,
        int year,
        int dutiesDecided,
        int dutiesOnTime,
        List<String> committeeProblems,
        List<String> sizeProblems,
        int members,
        int membersGoodOrBetter,
        double averagePoints,
        int livePairings,
        int alivePairings,
        int goalsDue,
        int goalsDueMet,
        int jointEvents,
        boolean hasSecretary,
        boolean dualLeader,
        FollowUpFacts.@Nullable Assignments followUp,
        @Nullable Integer brandMonths,
        CoConstructionFacts.@Nullable Joint coConstruction,
        int honoursLastYear) {}
