package cn.dangjian.assessment;

import java.util.List;

/** A branch's sheet with its lines, and what the viewer may do with it. */
public record SheetDetail(
        long sheetId,
        long branchId,
        String branchName,
        int year,
        CampaignStatus campaignStatus,
        SheetStatus status,
        double total,
        boolean vetoed,
        long version,
        boolean canSelfAssess,
        boolean canReview,
        List<ScoreLine> lines) {}
