package cn.dangjian.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the services see it: role and the branch or member the role is scoped to. */
public record AppUser(
        long accountId,
        String username,
        String passwordHash,
        String role,
        String displayName,
        @Nullable Long memberId,
        @Nullable Long branchId,
        boolean enabled)
        implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    static AppUser of(UserAccount account) {
        return new AppUser(
                account.getId() == null ? 0 : account.getId(),
                account.getUsername(),
                account.getPasswordHash(),
                account.getRole(),
                account.getDisplayName(),
                account.getMemberId(),
                account.getBranchId(),
                account.isEnabled());
    }

    /** The same person with the role and scope the database gives them now. */
    AppUser with(AccountState state) {
        return new AppUser(
                accountId,
                username,
                passwordHash,
                state.role(),
                displayName,
                state.memberId(),
                state.branchId(),
                state.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean isAdmin() {
        return Roles.ADMIN.equals(role);
    }

    public boolean isLeader() {
        return Roles.LEADER.equals(role);
    }

    public boolean isSecretary() {
        return Roles.SECRETARY.equals(role);
    }

    public boolean isMember() {
        return Roles.MEMBER.equals(role);
    }

    /** Admins and leaders see the whole hospital; everybody else is limited to one branch. */
    public boolean seesWholeHospital() {
        return isAdmin() || isLeader();
    }

    @Override
    public String toString() {
        return "AppUser[" + username + ", " + role + "]";
    }
}
