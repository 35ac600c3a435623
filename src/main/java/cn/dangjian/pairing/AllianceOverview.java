package cn.dangjian.pairing;

import java.util.List;

/**
 * The alliances of one year by level, and the seed-002 sentence's two numbers: the hospital's branches and the
 * outside units that are parties to a live alliance ("全院 N 个党支部与 M 家单位结成党建联盟").
 */
public record AllianceOverview(int year, int branches, int units, List<Level> levels) {

    /**
     * @param alliances live alliances of the level
     * @param branches distinct internal branches taking part (lead branches included)
     * @param units distinct external units taking part
     * @param jointEvents joint activities recorded as evidence in the year
     * @param peopleServed 服务群众人次 on that evidence
     */
    public record Level(
            AllianceLevel level,
            int alliances,
            int branches,
            int units,
            int jointEvents,
            int peopleServed,
            int alive,
            int slowing,
            int dormant) {}
}
