package cn.dangjian.pairing.lists;

/** 单独认领 (one branch) or 联合认领 (others may join until it is closed). */
public enum ClaimMode {
    SOLO,
    JOINT
}
