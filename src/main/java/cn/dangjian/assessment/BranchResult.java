package cn.dangjian.assessment;

import java.util.List;

/** The branch page's section: the latest result the viewer may see, and the branch's honours. */
public record BranchResult(int year, long sheetId, CampaignStatus status, Grade grade, List<HonourRow> honours) {}
