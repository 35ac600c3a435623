package cn.dangjian.organization;

/** 性别. Labels come from the bundles under {@code enum.Gender.<NAME>}. */
public enum Gender {
    MALE,
    FEMALE
}
