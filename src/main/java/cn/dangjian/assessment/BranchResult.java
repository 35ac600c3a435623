package cn.dangjian.assessment;

/** One year's result of a branch as its page shows it. */
public record BranchResult(int year, long sheetId, CampaignStatus status, Grade grade) {}
