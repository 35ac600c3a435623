package cn.dangjian.pairing;

/** A party's place in an alliance: the lead unit (牵头单位), a deputy lead (副牵头单位) or a member (成员单位). */
public enum AllianceRole {
    LEAD,
    DEPUTY,
    MEMBER
}
