package cn.dangjian.assessment;

/** 表彰: member awards and branch awards. */
public enum AwardKind {
    EXCELLENT_MEMBER(true),
    EXCELLENT_PARTY_WORKER(true),
    ROLE_MODEL(true),
    ADVANCED_BRANCH(false),
    BEST_PARTY_DAY(false);

    private final boolean forMember;

    AwardKind(boolean forMember) {
        this.forMember = forMember;
    }

    public boolean forMember() {
        return forMember;
    }
}
