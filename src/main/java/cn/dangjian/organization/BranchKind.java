package cn.dangjian.organization;

/** 党支部类别: 职能部门 / 临床科室 / 医技科室 / 离退休. Labels come from the bundles under {@code enum.BranchKind.<NAME>}. */
public enum BranchKind {
    FUNCTIONAL,
    CLINICAL,
    MEDICAL_TECH,
    RETIREE;

    /** Serving branches cover departments and owe the full set of duties; retiree branches do not. */
    public boolean isServing() {
        return this != RETIREE;
    }
}
