package cn.dangjian.organization;

/** 科室类别: 职能 / 临床 / 医技 / 其他. Labels come from the bundles under {@code enum.DepartmentKind.<NAME>}. */
public enum DepartmentKind {
    FUNCTIONAL,
    CLINICAL,
    MEDICAL_TECH,
    OTHER
}
