package cn.dangjian.plan;

/** A brand project is drafted by its branch, submitted, then approved or sent back by the office. */
public enum BrandState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
