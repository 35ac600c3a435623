package cn.dangjian.points;

import org.jspecify.annotations.Nullable;

/** What checking and granting an award needs of a rule: an immutable copy, cached by {@link PointsRulesService}. */
record RuleTerms(
        long id,
        String name,
        boolean active,
        int minPoints,
        int maxPoints,
        @Nullable Integer capDay,
        @Nullable Integer capMonth,
        @Nullable Integer capYear) {

    static RuleTerms of(PointsRule r) {
        return new RuleTerms(
                r.getId(),
                r.getName(),
                r.isActive(),
                r.getMinPoints(),
                r.getMaxPoints(),
                r.getCapDay(),
                r.getCapMonth(),
                r.getCapYear());
    }
}
