package cn.dangjian.common.contracts;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by the pairing feature; used by the calendar to offer "held under pairing …" when
 * scheduling a joint event. Inject it as {@code ObjectProvider<PairingDirectory>}: the calendar
 * works without it.
 */
public interface PairingDirectory {

    /** Active pairings the branch is a party to, for the signed-in user's view. */
    List<PairingOption> activePairingsOf(long branchId);

    /**
     * The other hospital branch of a pairing that {@code branchId} is a party to, whatever its status
     * (the calendar's joint events: their parties are the organiser and this branch).
     */
    default Optional<Long> partnerBranchOf(long pairingId, long branchId) {
        return Optional.empty();
    }

    /**
     * Every internal branch that is a party to the pairing or alliance (organiser included), whatever its
     * status: the parties of a joint event linked to it. Pairings are the two-party case; alliances (issue 8)
     * have more. The default serves two-party pairings through {@link #partnerBranchOf}.
     */
    default java.util.Set<Long> partyBranchesOf(long pairingId, long organiserBranchId) {
        var parties = new java.util.LinkedHashSet<Long>();
        parties.add(organiserBranchId);
        partnerBranchOf(pairingId, organiserBranchId).ifPresent(parties::add);
        return parties;
    }

    /** A pairing as offered in a picker, with its goals so an event can be linked to one. */
    record PairingOption(long pairingId, String label, List<GoalOption> goals) {}

    record GoalOption(long goalId, String label) {}
}
