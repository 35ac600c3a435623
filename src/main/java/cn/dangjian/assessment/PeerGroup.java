package cn.dangjian.assessment;

import cn.dangjian.organization.BranchKind;

/** Branches are ranked against their own kind: clinical, medical-technical, functional, retiree. */
public enum PeerGroup {
    CLINICAL,
    MEDICAL_TECH,
    FUNCTIONAL,
    RETIREE;

    public static PeerGroup of(BranchKind kind) {
        return switch (kind) {
            case CLINICAL -> CLINICAL;
            case MEDICAL_TECH -> MEDICAL_TECH;
            case FUNCTIONAL -> FUNCTIONAL;
            case RETIREE -> RETIREE;
        };
    }
}
