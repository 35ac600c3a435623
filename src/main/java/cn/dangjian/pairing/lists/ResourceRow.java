package cn.dangjian.pairing.lists;

import org.jspecify.annotations.Nullable;

/** An offered resource as the resources list shows it. */
public record ResourceRow(
        Long id,
        long version,
        Long branchId,
        String branchName,
        String title,
        @Nullable String description,
        String capacity,
        String contact,
        boolean canWithdraw) {}
