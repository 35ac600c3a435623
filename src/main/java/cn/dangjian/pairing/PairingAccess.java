package cn.dangjian.pairing;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The data-level rule of the feature: admins and leaders see every pairing, a secretary only those
 * their branch is a party to. A pairing outside the viewer's reach is "not found", never "forbidden",
 * so its existence does not leak.
 */
@Component
class PairingAccess {

    private final PairingRepository pairings;
    private final CurrentUser currentUser;

    PairingAccess(PairingRepository pairings, CurrentUser currentUser) {
        this.pairings = pairings;
        this.currentUser = currentUser;
    }

    AppUser user() {
        return currentUser.require();
    }

    boolean canRead(Pairing p) {
        AppUser user = user();
        return user.seesWholeHospital() || (user.isSecretary() && p.involves(user.branchId()));
    }

    /** Admins, and the secretaries of either party: may record evidence and mark goals met. */
    boolean canWork(Pairing p) {
        AppUser user = user();
        return user.isAdmin() || (user.isSecretary() && p.involves(user.branchId()));
    }

    /** Admins edit any pairing that has not ended; a secretary only a draft of their own branch. */
    boolean canEdit(Pairing p) {
        AppUser user = user();
        if (user.isAdmin()) {
            return p.getStatus() != PairingStatus.ENDED;
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
