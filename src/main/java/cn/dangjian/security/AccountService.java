package cn.dangjian.security;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.common.audit.AuditService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@NullMarked
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.SECRETARY, Roles.MEMBER, Roles.LEADER);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    AccountService(UserAccountRepository accounts, PasswordEncoder encoder, AuditService audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates a login. Secretaries and members must be linked to a member and a branch. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount create(String username, String rawPassword, String role, String displayName,
            @Nullable Long memberId, @Nullable Long branchId) {
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessException("account.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        return createWithHash(username, encoder.encode(rawPassword), role, displayName, memberId, branchId);
    }

    /** For bulk demo set-up: many accounts sharing one already computed hash. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createWithHash(String username, String passwordHash, String role, String displayName,
            @Nullable Long memberId, @Nullable Long branchId) {
        String name = username.trim();
        if (name.isEmpty() || !ROLES.contains(role)) {
            throw new BusinessException("validation.required", "username");
        }
        if ((Roles.SECRETARY.equals(role) || Roles.MEMBER.equals(role)) && (memberId == null || branchId == null)) {
            throw new BusinessException("account.needsMember");
        }
        if (accounts.existsByUsername(name)) {
            throw new BusinessException("account.usernameTaken", name);
        }
        UserAccount saved = accounts.save(new UserAccount(name, passwordHash, role, displayName, memberId, branchId));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", name);
        after.put("role", role);
        after.put("memberId", memberId);
        after.put("branchId", branchId);
        audit.record("UserAccount", saved.getId(), "CREATE", name, Map.of(), after);
        return saved;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<AccountRow> search(@Nullable String text, int offset, int limit) {
        return accounts.search(like(text), PageRequest.of(offset / limit, limit));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long count(@Nullable String text) {
        return accounts.countSearch(like(text));
    }

    private static @Nullable String like(@Nullable String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim() + "%";
    }

    /** Enables or disables a login; an administrator cannot lock themselves out. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(Long accountId, long expectedVersion, boolean enabled) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (account.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        if (!enabled && account.getUsername().equals(AuditService.currentActor())) {
            throw new BusinessException("account.cannotDisableSelf");
        }
        boolean before = account.isEnabled();
        account.setEnabled(enabled);
        accounts.saveAndFlush(account);
        audit.record("UserAccount", accountId, "UPDATE", account.getUsername(), Map.of("enabled", before),
                Map.of("enabled", enabled));
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void resetPassword(Long accountId, String rawPassword) {
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessException("account.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        account.setPasswordHash(encoder.encode(rawPassword));
        accounts.saveAndFlush(account);
        audit.record("UserAccount", accountId, "UPDATE", account.getUsername(), Map.of("password", "***"),
                Map.of("password", "*** (reset)"));
    }

    @RolesAllowed(Roles.ADMIN)
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    /** Asked at start-up, before anyone signs in. */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean anyExists() {
        return accounts.count() > 0;
    }
}
