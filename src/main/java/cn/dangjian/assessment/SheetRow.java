package cn.dangjian.assessment;

import cn.dangjian.organization.BranchKind;

/** A sheet as the campaign list shows it. */
public record SheetRow(
        long sheetId,
        long branchId,
        String code,
        String branchName,
        BranchKind kind,
        SheetStatus status,
        double total,
        boolean vetoed,
        long version) {}
