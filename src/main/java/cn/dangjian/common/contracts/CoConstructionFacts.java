package cn.dangjian.common.contracts;

import java.util.Map;

/**
 * Implemented by the pairing feature (joint work, alliances and the three lists, issue 8); read by the
 * assessment and the dashboards, which inject it as {@code ObjectProvider<CoConstructionFacts>} and work
 * without it. Keyed by internal branch id; a branch with nothing in the year is absent.
 */
public interface CoConstructionFacts {

    /** The branch's co-construction in {@code year}, counting pairings and alliances it is a party to. */
    Map<Long, Joint> byBranch(int year);

    /**
     * @param jointEventsHeld held events linked to a pairing or alliance the branch is a party to
     * @param peopleServed 服务群众人次 recorded on those events
     * @param needsReceived needs addressed to the branch or claimed by it
     * @param needsClosed needs the branch claimed (solo or jointly) that reached 已办结 or 已评价
     * @param needsRated of those, rated by the requester
     * @param needsSatisfied of those, rated 满意 or 基本满意
     */
    record Joint(
            int jointEventsHeld,
            int peopleServed,
            int needsReceived,
            int needsClosed,
            int needsRated,
            int needsSatisfied) {}
}
