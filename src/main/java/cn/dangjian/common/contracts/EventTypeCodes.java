package cn.dangjian.common.contracts;

/** The built-in calendar event types, shared by the calendar (which defines them) and points (which rewards them). */
public final class EventTypeCodes {

    /** 支部党员大会 */
    public static final String GENERAL_MEETING = "GENERAL_MEETING";
    /** 支委会 */
    public static final String COMMITTEE_MEETING = "COMMITTEE_MEETING";
    /** 党小组会 */
    public static final String GROUP_MEETING = "GROUP_MEETING";
    /** 党课 */
    public static final String PARTY_LECTURE = "PARTY_LECTURE";
    /** 主题党日 */
    public static final String THEMED_DAY = "THEMED_DAY";
    /** 组织生活会 */
    public static final String ORG_LIFE_MEETING = "ORG_LIFE_MEETING";
    /** 民主评议党员 */
    public static final String DEMOCRATIC_APPRAISAL = "DEMOCRATIC_APPRAISAL";
    /** 联建活动 (joint activity under a pairing) */
    public static final String JOINT_ACTIVITY = "JOINT_ACTIVITY";
    /** 义诊 / 健康宣教 / 志愿服务 */
    public static final String VOLUNTEER_SERVICE = "VOLUNTEER_SERVICE";
    /** 集中学习 */
    public static final String STUDY_SESSION = "STUDY_SESSION";
    /** 全院活动 */
    public static final String HOSPITAL_EVENT = "HOSPITAL_EVENT";

    private EventTypeCodes() {}
}
