package cn.dangjian.points;

/** What a points rule rewards or deducts, as published schemes group them. */
public enum RuleCategory {
    ORG_LIFE,
    STUDY,
    VANGUARD,
    VOLUNTEER,
    PAIRING,
    HONOUR,
    DISCIPLINE
}
