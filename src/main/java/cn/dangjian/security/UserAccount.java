package cn.dangjian.security;

import cn.dangjian.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A login. Linked to a member for secretaries and members, and to the branch a secretary runs. */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    @Column(name = "username", nullable = false, unique = true, length = 50)
    private String username = "";

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash = "";

    @Column(name = "role", nullable = false, length = 20)
    private String role = Roles.MEMBER;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName = "";

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "branch_id")
    private @Nullable Long branchId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Set when an administrator chose the password (creation, reset, bulk): the user must pick their own. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String passwordHash,
            String role,
            String displayName,
            @Nullable Long memberId,
            @Nullable Long branchId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.memberId = memberId;
        this.branchId = branchId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public void setBranchId(@Nullable Long branchId) {
        this.branchId = branchId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }
}
