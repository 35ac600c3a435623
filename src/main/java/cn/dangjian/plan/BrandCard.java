package cn.dangjian.plan;

import org.jspecify.annotations.Nullable;

/** One branch on the brand wall: its brand of the year (if any) and progress so far. */
public record BrandCard(
        long branchId,
        String branchName,
        @Nullable Long brandId,
        @Nullable String name,
        @Nullable String slogan,
        @Nullable BrandState state,
        int monthsWithResults,
        int targetsMet,
        int targetCount) {}
