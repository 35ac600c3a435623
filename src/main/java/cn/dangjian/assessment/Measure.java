package cn.dangjian.assessment;

/** How an indicator is scored: computed from the records, by the branch then the office, or by the office alone. */
public enum Measure {
    AUTOMATIC,
    MANUAL,
    /** 加分项: added, up to the item's maximum (its cap). */
    BONUS,
    /** 扣分项: subtracted, up to the item's maximum (its cap). */
    DEDUCTION,
    /** 否决项: any score above zero vetoes 优秀 and 五星. */
    VETO;

    /** Scored by the office during review only, never by the branch. */
    public boolean byOfficeOnly() {
        return this == BONUS || this == DEDUCTION || this == VETO;
    }
}
