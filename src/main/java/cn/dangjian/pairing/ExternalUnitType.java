package cn.dangjian.pairing;

/** What kind of outside organisation a 共建单位 is. */
public enum ExternalUnitType {
    STREET_OR_TOWN_COMMITTEE,
    SCHOOL,
    ENTERPRISE,
    HOSPITAL_BRANCH,
    COMMUNITY_HEALTH_CENTRE,
    OTHER
}
