package cn.dangjian.assessment;

import org.jspecify.annotations.Nullable;

/** The scheme editor's form: a dimension has no measure. */
public record ItemInput(
        String name,
        @Nullable Measure measure,
        @Nullable Formula formula,
        @Nullable Double paramLow,
        @Nullable Double paramHigh,
        double maxScore,
        String ruleText) {}
