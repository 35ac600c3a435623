package cn.dangjian.pairing;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The data-level rule of the feature: admins and leaders see every pairing, a secretary only those
 * their branch is a party to. A pairing outside the viewer's reach is "not found", never "forbidden",
 * so its existence does not leak.
 */
@Component
class PairingAccess {

    private final PairingRepository pairings;
    private final PairingPartyRepository parties;
    private final CurrentUser currentUser;

    PairingAccess(PairingRepository pairings, PairingPartyRepository parties, CurrentUser currentUser) {
        this.pairings = pairings;
        this.parties = parties;
        this.currentUser = currentUser;
    }

    /** Whether the branch is a party: one of a pairing's two sides, or any internal party of an alliance. */
    boolean involves(Pairing p, @Nullable Long branchId) {
        if (p.involves(branchId)) {
            return true;
        }
        return branchId != null && p.getKind() == PairingKind.ALLIANCE && parties.isParty(p.getId(), branchId);
    }

    AppUser user() {
        return currentUser.require();
    }

    boolean canRead(Pairing p) {
        AppUser user = user();
        return user.seesWholeHospital() || (user.isSecretary() && involves(p, user.branchId()));
    }

    /** Admins, and the secretaries of either party: may record evidence and mark goals met. */
    boolean canWork(Pairing p) {
        AppUser user = user();
        return user.isAdmin() || (user.isSecretary() && involves(p, user.branchId()));
    }

    /**
     * Admins edit any pairing that has not ended; a secretary only a draft of their own branch. Alliances are set
     * up by the office (their parties span the hospital), so only administrators edit them.
     */
    boolean canEdit(Pairing p) {
        AppUser user = user();
        if (user.isAdmin()) {
            return p.getStatus() != PairingStatus.ENDED;
        }
        if (p.getKind() == PairingKind.ALLIANCE) {
            return false;
        }
        return user.isSecretary() && p.getStatus() == PairingStatus.DRAFT && p.involves(user.branchId());
    }

    Pairing readable(Long id) {
        Pairing p = pairings.findWithParties(id).orElseThrow(NotFoundException::new);
        if (!canRead(p)) {
            throw new NotFoundException();
        }
        return p;
    }

    Pairing workable(Long id) {
        Pairing p = readable(id);
        if (!canWork(p)) {
            throw new NotFoundException();
        }
        return p;
    }
}
