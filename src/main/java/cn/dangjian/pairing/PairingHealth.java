package cn.dangjian.pairing;

/** Whether a live pairing is doing anything: see {@link PairingHealthRule}. */
public enum PairingHealth {
    ALIVE,
    SLOWING,
    DORMANT
}
