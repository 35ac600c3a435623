package cn.dangjian.assessment;

/** A branch's published result: its sheet and its grade. */
public record ResultRow(long sheetId, String code, String branchName, Grade grade) {}
