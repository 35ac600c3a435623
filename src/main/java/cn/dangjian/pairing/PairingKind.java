package cn.dangjian.pairing;

/**
 * 院内联建 (two internal branches), 院外共建 (a branch with an external unit), or 党建联盟 (an alliance of many parties,
 * listed in {@code pairing_party}; the owning branch is its hospital-side lead).
 */
public enum PairingKind {
    INTERNAL,
    EXTERNAL,
    ALLIANCE
}
