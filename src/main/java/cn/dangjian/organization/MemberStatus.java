package cn.dangjian.organization;

/** 正式党员 / 预备党员. Labels come from the bundles under {@code enum.MemberStatus.<NAME>}. */
public enum MemberStatus {
    FULL,
    PROBATIONARY
}
