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
 * Who an event concerns: its parties (the organiser branch and, under a live pairing, the partner
 * branch) and the members expected for its audience. Organisation data comes only through
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

    /** The partner branches of a (joint) event: the other hospital branch of its pairing, if any. */
    Set<Long> partnerBranches(long branchId, @Nullable Long pairingId) {
        PairingDirectory directory = pairings.getIfAvailable();
        if (pairingId == null || directory == null) {
            return Set.of();
        }
        return directory.partnerBranchOf(pairingId, branchId).map(Set::of).orElse(Set.of());
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

    List<MemberRef> members(Collection<Long> ids) {
        return organization.members(ids);
    }

    /** The members' names for a message, or nothing when the viewer may not see them. */
    String names(Collection<Long> ids) {
        return organization.members(ids).stream().map(MemberRef::name).collect(Collectors.joining("、"));
    }

    Set<Long> expectedMembers(long branchId, @Nullable Long pairingId, Audience audience, List<Long> list) {
        Set<Long> ids = switch (audience) {
            case BRANCH ->
                organization.membersOfBranch(branchId).stream()
                        .map(MemberRef::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
            case COMMITTEE -> new LinkedHashSet<>(organization.committeeMemberIds(branchId));
            case LIST -> listedMembers(branchId, pairingId, list);
        };
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
