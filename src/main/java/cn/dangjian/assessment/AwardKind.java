package cn.dangjian.assessment;

import org.jspecify.annotations.Nullable;

/** 表彰: member awards and branch awards. */
public enum AwardKind {
    EXCELLENT_MEMBER(true, "HONOUR_EXCELLENT_MEMBER"),
    EXCELLENT_PARTY_WORKER(true, "HONOUR_PARTY_WORKER"),
    ROLE_MODEL(true, "HONOUR_ROLE_MODEL"),
    ADVANCED_BRANCH(false, null),
    BEST_PARTY_DAY(false, null);

    private final boolean forMember;
    private final @Nullable String pointsRule;

    AwardKind(boolean forMember, @Nullable String pointsRule) {
        this.forMember = forMember;
        this.pointsRule = pointsRule;
    }

    /** The code of the points rule a member award earns (seeded, edited on the points rules page). */
    public @Nullable String pointsRule() {
        return pointsRule;
    }

    /** Branch awards that count for the next year's assessment (indicator formula BRANCH_HONOURS). */
    public boolean countsForBranch() {
        return this == ADVANCED_BRANCH || this == BEST_PARTY_DAY;
    }

    public boolean forMember() {
        return forMember;
    }
}
