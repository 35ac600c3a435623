package cn.dangjian.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking. Services use it for the data-level checks that the role alone cannot make.
 * Role, member and branch are those of the account now, not those it had at sign-in: a member moved to
 * another branch, or a disabled account, is scoped accordingly on the next call (see decision 0007).
 */
@Component
public class CurrentUser {

    private final AccountStates states;

    CurrentUser(AccountStates states) {
        this.states = states;
    }

    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUser user) {
            if (user.accountId() == SystemAuthentication.SYSTEM.accountId()) {
                return Optional.of(user);
            }
            return states.of(user.accountId()).filter(AccountState::enabled).map(user::with);
        }
        return Optional.empty();
    }

    /** Whether the signed-in user still has to replace a password an administrator chose. */
    public boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getPrincipal() instanceof AppUser user
                && user.accountId() != 0
                && states.of(user.accountId())
                        .map(AccountState::mustChangePassword)
                        .orElse(false);
    }

    public AppUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** Throws unless the user may change data of this branch (admin, or the branch's secretary). */
    public void requireCanEditBranch(Long branchId) {
        AppUser user = require();
        if (user.isAdmin()) {
            return;
        }
        if (user.isSecretary() && branchId.equals(user.branchId())) {
            return;
        }
        throw new AccessDeniedException("branch " + branchId);
    }

    /** Throws unless the user may read data of this branch. */
    public void requireCanReadBranch(Long branchId) {
        AppUser user = require();
        if (user.seesWholeHospital() || branchId.equals(user.branchId())) {
            return;
        }
        throw new AccessDeniedException("branch " + branchId);
    }

    /** The branch a query must be limited to, or empty for the whole hospital. */
    public Optional<Long> branchScope() {
        AppUser user = require();
        if (user.seesWholeHospital()) {
            return Optional.empty();
        }
        return Optional.of(user.branchId() == null ? -1L : user.branchId());
    }
}
