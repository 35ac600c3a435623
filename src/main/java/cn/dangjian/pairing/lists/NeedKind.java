package cn.dangjian.pairing.lists;

import cn.dangjian.pairing.GoalDimension;
import org.jspecify.annotations.Nullable;

/** What a need asks for: one of the three joints, or a service to patients or the community. */
public enum NeedKind {
    BUSINESS_LINKAGE,
    TEAM_DEVELOPMENT,
    JOINT_ACTIVITIES,
    SERVICE;

    /** The goal dimension a closed need of this kind serves; a service serves none of the three. */
    public @Nullable GoalDimension dimension() {
        return switch (this) {
            case BUSINESS_LINKAGE -> GoalDimension.BUSINESS_LINKAGE;
            case TEAM_DEVELOPMENT -> GoalDimension.TEAM_DEVELOPMENT;
            case JOINT_ACTIVITIES -> GoalDimension.JOINT_ACTIVITIES;
            case SERVICE -> null;
        };
    }
}
