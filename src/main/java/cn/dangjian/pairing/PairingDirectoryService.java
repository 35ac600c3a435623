package cn.dangjian.pairing;

import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar's view of pairings: the live pairings of a branch the viewer may read, with their goals. */
@Service
@PreAuthorize("isAuthenticated()")
class PairingDirectoryService implements PairingDirectory {

    private final PairingRepository pairings;
    private final PairingPartyRepository parties;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    PairingDirectoryService(
            PairingRepository pairings,
            PairingPartyRepository parties,
            OrganizationDirectory organization,
            CurrentUser currentUser) {
        this.pairings = pairings;
        this.parties = parties;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PairingOption> activePairingsOf(long branchId) {
        currentUser.requireCanReadBranch(branchId);
        Map<Long, BranchRef> branches = organization.branchesById();
        Map<Long, Pairing> live = new LinkedHashMap<>();
        pairings.findOfBranch(branchId, PairingService.LIVE).forEach(p -> live.put(p.getId(), p));
        pairings.findAlliancesOfBranch(branchId, PairingService.LIVE).forEach(p -> live.putIfAbsent(p.getId(), p));
        return live.values().stream()
                .map(p -> new PairingOption(
                        p.getId(),
                        labelFor(p, branchId, branches),
                        p.getGoals().stream()
                                .map(g -> new GoalOption(g.getId(), g.getTarget()))
                                .toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> partnerBranchOf(long pairingId, long branchId) {
        return pairings.findById(pairingId)
                .filter(p -> p.getPartnerBranchId() != null)
                .flatMap(p -> p.getBranchId() == branchId
                        ? Optional.ofNullable(p.getPartnerBranchId())
                        : Objects.equals(p.getPartnerBranchId(), branchId)
                                ? Optional.of(p.getBranchId())
                                : Optional.empty());
    }

    /**
     * The organiser and every internal branch of the pairing or alliance: for an alliance its lead branch and each
     * branch party that has not left; for a two-party pairing its two branches. Empty of others when the organiser
     * is no party (the caller then treats the event as the organiser's own).
     */
    @Override
    @Transactional(readOnly = true)
    public Set<Long> partyBranchesOf(long pairingId, long organiserBranchId) {
        Set<Long> result = new LinkedHashSet<>();
        result.add(organiserBranchId);
        Pairing p = pairings.findById(pairingId).orElse(null);
        if (p == null) {
            return result;
        }
        if (p.getKind() != PairingKind.ALLIANCE) {
            if (p.involves(organiserBranchId) && p.getPartnerBranchId() != null) {
                result.add(p.getBranchId());
                result.add(p.getPartnerBranchId());
            }
            return result;
        }
        Set<Long> members = new LinkedHashSet<>();
        members.add(p.getBranchId());
        parties.findByPairing(pairingId).stream()
                .filter(x -> x.getBranchId() != null && x.getLeftOn() == null)
                .forEach(x -> members.add(x.getBranchId()));
        if (members.contains(organiserBranchId)) {
            result.addAll(members);
        }
        return result;
    }

    /** The other party's name and the agreement title: names are data, so no translation is needed. */
    private static String labelFor(Pairing p, long branchId, Map<Long, BranchRef> branches) {
        BranchRef own = branches.get(p.getBranchId());
        String other = p.getPartnerBranchId() != null && p.getBranchId() != branchId
                ? (own == null ? "?" : own.name())
                : p.partnerName(branches);
        return other + " · " + p.getAgreementTitle();
    }
}
