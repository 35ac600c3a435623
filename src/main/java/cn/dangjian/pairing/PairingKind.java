package cn.dangjian.pairing;

/** 院内联建 (two internal branches) or 院外共建 (a branch with an external unit). */
public enum PairingKind {
    INTERNAL,
    EXTERNAL
}
