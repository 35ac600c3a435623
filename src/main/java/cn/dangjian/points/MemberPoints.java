package cn.dangjian.points;

/** A member's year at a glance: balance, band, study hours against the target. */
public record MemberPoints(
        long memberId,
        String name,
        long branchId,
        String branchName,
        int year,
        int base,
        int net,
        int score,
        Band band,
        double studyHours,
        int studyTarget) {}
