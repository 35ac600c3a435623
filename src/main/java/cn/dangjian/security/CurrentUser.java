package cn.dangjian.security;

import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking. Services use it for the data-level checks that the role alone cannot make. */
@Component
@NullMarked
public class CurrentUser {

    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
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
