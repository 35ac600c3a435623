package cn.dangjian.pairing;

/**
 * The dimensions a co-construction goal belongs to: the three "joints" (活动联办, 业务联动, 队伍联育)
 * and the four of the alliance (政治理论联学, 优势资源联享, 党员队伍联建, 中心工作联动).
 */
public enum GoalDimension {
    JOINT_ACTIVITIES,
    BUSINESS_LINKAGE,
    TEAM_DEVELOPMENT,
    JOINT_STUDY,
    SHARED_RESOURCES,
    JOINT_TEAMS,
    LINKED_WORK
}
