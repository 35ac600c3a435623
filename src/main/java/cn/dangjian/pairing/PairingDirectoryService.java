package cn.dangjian.pairing;

import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar's view of pairings: the live pairings of a branch the viewer may read, with their goals. */
@Service
@PreAuthorize("isAuthenticated()")
class PairingDirectoryService implements PairingDirectory {

    private final PairingRepository pairings;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    PairingDirectoryService(PairingRepository pairings, OrganizationDirectory organization, CurrentUser currentUser) {
        this.pairings = pairings;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PairingOption> activePairingsOf(long branchId) {
        currentUser.requireCanReadBranch(branchId);
        Map<Long, BranchRef> branches = organization.branchesById();
        return pairings.findOfBranch(branchId, PairingService.LIVE).stream()
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

    /** The other party's name and the agreement title: names are data, so no translation is needed. */
    private static String labelFor(Pairing p, long branchId, Map<Long, BranchRef> branches) {
        BranchRef own = branches.get(p.getBranchId());
        String other = p.getPartnerBranchId() != null && p.getBranchId() != branchId
                ? (own == null ? "?" : own.name())
                : p.partnerName(branches);
        return other + " · " + p.getAgreementTitle();
    }
}
