package cn.dangjian.points;

/** A member's yearly score as the branch page and the annual evaluation list it. */
public record MemberScore(
        long memberId,
        String name,
        long branchId,
        String branchName,
        String status,
        int net,
        int score,
        Band band,
        double studyHours) {}
