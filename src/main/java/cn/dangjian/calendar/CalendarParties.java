package cn.dangjian.calendar;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.organization.MemberRef;
import cn.dangjian.organization.OrganizationDirectory;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who an event concerns: its parties (the organiser branch and, under a pairing or alliance, the other internal
 * party branches, as {@link PairingDirectory#partyBranchesOf} decides) and the members expected for its audience. Organisation data comes only through
 * {@link OrganizationDirectory}; the pairing feature is optional and reached through its contract.
 */
@Component
class CalendarParties {

    private final OrganizationDirectory organization;
    private final ObjectProvider<PairingDirectory> pairings;

    CalendarParties(OrganizationDirectory organization, ObjectProvider<PairingDirectory> pairings) {
        this.organization = organization;
        this.pairings = pairings;
    }

    /**
     * The other internal branches that are parties to a joint event: the pairing feature decides (an alliance has
     * several, a pairing with an external unit none); without a pairing, or without the feature, there are none.
     */
    Set<Long> partnerBranches(long branchId, @Nullable Long pairingId) {
        PairingDirectory directory = pairings.getIfAvailable();
        if (pairingId == null || directory == null) {
            return Set.of();
        }
        Set<Long> parties = new LinkedHashSet<>(directory.partyBranchesOf(pairingId, branchId));
        parties.remove(branchId);
        return parties;
    }

    /** The pairing if it is a live one of the branch; never taken on the form's word. */
    @Nullable
    Long checkedPairing(long branchId, @Nullable Long pairingId) {
        if (pairingId == null) {
            return null;
        }
        PairingDirectory directory = pairings.getIfAvailable();
        if (directory == null) {
            return null;
        }
        boolean known = directory.activePairingsOf(branchId).stream().anyMatch(p -> p.pairingId() == pairingId);
        if (!known) {
            throw new BusinessException("calendar.event.unknownPairing");
        }
        return pairingId;
    }

    List<PairingDirectory.PairingOption> pairingOptions(long branchId) {
        PairingDirectory directory = pairings.getIfAvailable();
        return directory == null ? List.of() : directory.activePairingsOf(branchId);
    }

    /** Members of the event's parties; the pairing must already be checked. */
    List<MemberRef> partyMembers(long branchId, @Nullable Long checkedPairingId) {
        return organization.partyMembers(branchId, partnerBranches(branchId, checkedPairingId));
    }

    /**
     * The goals of the event's pairing that the organiser chose: each must be a goal of that pairing (taken from
     * the pairing feature, never on the form's word); no pairing means no goals.
     */
    Set<Long> checkedGoals(long branchId, @Nullable Long checkedPairingId, Collection<Long> goalIds) {
        if (checkedPairingId == null || goalIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> known = pairingOptions(branchId).stream()
                .filter(p -> p.pairingId() == checkedPairingId)
                .flatMap(p -> p.goals().stream())
                .map(PairingDirectory.GoalOption::goalId)
                .collect(Collectors.toSet());
        if (!known.containsAll(goalIds)) {
            throw new BusinessException("calendar.event.unknownGoal");
        }
        return new LinkedHashSet<>(goalIds);
    }

    List<MemberRef> members(Collection<Long> ids) {
        return organization.members(ids);
    }

    /** The members' names for a message, or nothing when the viewer may not see them. */
    String names(Collection<Long> ids) {
        return organization.members(ids).stream().map(MemberRef::name).collect(Collectors.joining("、"));
    }

    /**
     * Who is expected: for a joint event the whole of every party branch, or every party's committee, or a list
     * drawn from any party's members (a member of a non-party refuses the save).
     */
    Set<Long> expectedMembers(long branchId, @Nullable Long pairingId, Audience audience, List<Long> list) {
        Set<Long> partners = partnerBranches(branchId, pairingId);
        Set<Long> ids = new LinkedHashSet<>();
        switch (audience) {
            case BRANCH -> {
                if (partners.isEmpty()) {
                    organization.membersOfBranch(branchId).forEach(m -> ids.add(m.id()));
                } else {
                    organization.partyMembers(branchId, partners).forEach(m -> ids.add(m.id()));
                }
            }
            case COMMITTEE ->
                ids.addAll(
                        partners.isEmpty()
                                ? organization.committeeMemberIds(branchId)
                                : organization.partyCommitteeMemberIds(branchId, partners));
            case LIST -> ids.addAll(listedMembers(branchId, pairingId, list));
        }
        if (ids.isEmpty()) {
            throw new BusinessException("calendar.event.nobodyExpected");
        }
        return ids;
    }

    /** A LIST audience: every named member must belong to one of the event's parties, or nothing is saved. */
    private Set<Long> listedMembers(long branchId, @Nullable Long pairingId, List<Long> list) {
        Set<Long> parties =
                partyMembers(branchId, pairingId).stream().map(MemberRef::id).collect(Collectors.toSet());
        Set<Long> outside =
                list.stream().filter(id -> !parties.contains(id)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!outside.isEmpty()) {
            String names = names(outside);
            throw new BusinessException("calendar.event.listOutsideParties", names.isEmpty() ? outside.size() : names);
        }
        return new LinkedHashSet<>(list);
    }
}
