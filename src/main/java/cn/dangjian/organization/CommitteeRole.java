package cn.dangjian.organization;

/** 支部委员会职务: 书记, 副书记, 组织委员, 宣传委员, 纪检委员. Labels come from the bundles under {@code enum.CommitteeRole.<NAME>}. */
public enum CommitteeRole {
    SECRETARY,
    DEPUTY_SECRETARY,
    ORGANIZATION,
    PROPAGANDA,
    DISCIPLINE
}
