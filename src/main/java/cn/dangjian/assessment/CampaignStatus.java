package cn.dangjian.assessment;

/** 自评 (with review of submitted sheets) → 公示 → 锁定. */
public enum CampaignStatus {
    SELF_ASSESSMENT,
    PUBLISHED,
    LOCKED
}
