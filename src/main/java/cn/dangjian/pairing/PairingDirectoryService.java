package cn.dangjian.pairing;

import cn.dangjian.common.contracts.PairingDirectory;
import cn.dangjian.security.CurrentUser;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar's view of pairings: the live pairings of a branch the viewer may read, with their goals. */
@Service
@NullMarked
class PairingDirectoryService implements PairingDirectory {

    private final PairingRepository pairings;
    private final CurrentUser currentUser;

    PairingDirectoryService(PairingRepository pairings, CurrentUser currentUser) {
        this.pairings = pairings;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PairingOption> activePairingsOf(long branchId) {
        currentUser.requireCanReadBranch(branchId);
        return pairings.findOfBranch(branchId, PairingService.LIVE).stream()
                .map(p -> new PairingOption(p.getId(), labelFor(p, branchId),
                        p.getGoals().stream().map(g -> new GoalOption(g.getId(), g.getTarget())).toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<Long> partnerBranchOf(long pairingId, long branchId) {
        return pairings.findById(pairingId).filter(p -> p.getPartnerBranch() != null)
                .flatMap(p -> p.getBranch().getId() == branchId ? java.util.Optional.of(p.getPartnerBranch().getId())
                        : p.getPartnerBranch().getId() == branchId ? java.util.Optional.of(p.getBranch().getId())
                        : java.util.Optional.empty());
    }

    /** The other party's name and the agreement title: names are data, so no translation is needed. */
    private static String labelFor(Pairing p, long branchId) {
        String other = p.getPartnerBranch() != null && p.getBranch().getId() != branchId ? p.getBranch().getName()
                : p.partnerName();
        return other + " · " + p.getAgreementTitle();
    }
}
