package cn.dangjian.accounts;

import cn.dangjian.audit.AuditService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.security.AccountStates;
import cn.dangjian.security.Actors;
import cn.dangjian.security.OpenSessions;
import cn.dangjian.security.PasswordPolicy;
import cn.dangjian.security.Roles;
import cn.dangjian.security.SecurityEvents;
import cn.dangjian.security.UserAccount;
import cn.dangjian.security.UserAccountRepository;
import cn.dangjian.security.UserNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on logins. Every change that narrows what an account may do (disabled, password
 * reset, role changed) ends the account's open sessions and is logged as a security event.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AccountService {

    static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.SECRETARY, Roles.MEMBER, Roles.LEADER);

    private final UserAccountRepository accounts;
    private final AccountAdminRepository admin;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditService audit;
    private final SecurityEvents events;
    private final OpenSessions sessions;
    private final AccountStates states;

    AccountService(
            UserAccountRepository accounts,
            AccountAdminRepository admin,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            AuditService audit,
            SecurityEvents events,
            OpenSessions sessions,
            AccountStates states) {
        this.accounts = accounts;
        this.admin = admin;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.sessions = sessions;
        this.states = states;
    }

    /**
     * Creates a login. Secretaries and members must be linked to a member and a branch. The password was chosen
     * by the administrator, so the user must replace it at first sign-in.
     */
    @Transactional
    public UserAccount create(
            String username,
            String rawPassword,
            String role,
            String displayName,
            @Nullable Long memberId,
            @Nullable Long branchId) {
        policy.check(username, rawPassword);
        UserAccount saved = insert(username, encoder.encode(rawPassword), role, displayName, memberId, branchId, true);
        events.record("ACCOUNT_CREATED", Actors.current(), saved.getId(), saved.getUsername(), Map.of("role", role));
        return saved;
    }

    /** For bulk demo set-up: many accounts sharing one already computed hash, not forced to change it. */
    @Transactional
    public UserAccount createWithHash(
            String username,
            String passwordHash,
            String role,
            String displayName,
            @Nullable Long memberId,
            @Nullable Long branchId) {
        return insert(username, passwordHash, role, displayName, memberId, branchId, false);
    }

    private UserAccount insert(
            String username,
            String passwordHash,
            String role,
            String displayName,
            @Nullable Long memberId,
            @Nullable Long branchId,
            boolean mustChange) {
        // Stored by its comparison key, so the login column holds exactly what sign-in and the throttle compare.
        String name = UserNames.key(username);
        if (name.isEmpty() || !ROLES.contains(role)) {
            throw new BusinessException("validation.required", "username");
        }
        if ((Roles.SECRETARY.equals(role) || Roles.MEMBER.equals(role)) && (memberId == null || branchId == null)) {
            throw new BusinessException("account.needsMember");
        }
        if (accounts.existsByUsername(name)) {
            throw new BusinessException("account.usernameTaken", name);
        }
        UserAccount account = new UserAccount(name, passwordHash, role, displayName, memberId, branchId);
        account.setMustChangePassword(mustChange);
        UserAccount saved = accounts.save(account);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", name);
        after.put("role", role);
        after.put("memberId", memberId);
        after.put("branchId", branchId);
        audit.record("UserAccount", saved.getId(), "CREATE", name, Map.of(), after);
        return saved;
    }

    @Transactional(readOnly = true)
    public List<AccountRow> search(@Nullable String text, int offset, int limit) {
        return admin.search(like(text), PageRequest.of(offset / limit, limit));
    }

    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return admin.countSearch(like(text));
    }

    private static @Nullable String like(@Nullable String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim() + "%";
    }

    /** Enables or disables a login; an administrator cannot lock themselves out. Disabling ends its sessions. */
    @Transactional
    public void setEnabled(Long accountId, long expectedVersion, boolean enabled) {
        UserAccount account = load(accountId, expectedVersion);
        if (!enabled && account.getUsername().equals(Actors.current())) {
            throw new BusinessException("account.cannotDisableSelf");
        }
        boolean before = account.isEnabled();
        account.setEnabled(enabled);
        accounts.saveAndFlush(account);
        audit.record(
                "UserAccount",
                accountId,
                "UPDATE",
                account.getUsername(),
                Map.of("enabled", before),
                Map.of("enabled", enabled));
        changed(account, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", Map.of());
    }

    /** Sets a password the user must replace at their next sign-in, and ends their open sessions. */
    @Transactional
    public void resetPassword(Long accountId, String rawPassword) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        policy.check(account.getUsername(), rawPassword);
        account.setPasswordHash(encoder.encode(rawPassword));
        account.setMustChangePassword(true);
        accounts.saveAndFlush(account);
        audit.record(
                "UserAccount",
                accountId,
                "UPDATE",
                account.getUsername(),
                Map.of("password", "***"),
                Map.of("password", "*** (reset)"));
        changed(account, "PASSWORD_RESET", Map.of());
    }

    /** Gives the account another role; a secretary or member keeps the branch of its member. Ends its sessions. */
    @Transactional
    public void changeRole(Long accountId, long expectedVersion, String role) {
        UserAccount account = load(accountId, expectedVersion);
        if (!ROLES.contains(role)) {
            throw new BusinessException("validation.required", "role");
        }
        if ((Roles.SECRETARY.equals(role) || Roles.MEMBER.equals(role))
                && (account.getMemberId() == null || account.getBranchId() == null)) {
            throw new BusinessException("account.needsMember");
        }
        if (account.getUsername().equals(Actors.current()) && !Roles.ADMIN.equals(role)) {
            throw new BusinessException("account.cannotDemoteSelf");
        }
        String before = account.getRole();
        if (before.equals(role)) {
            return;
        }
        account.setRole(role);
        accounts.saveAndFlush(account);
        audit.record(
                "UserAccount",
                accountId,
                "UPDATE",
                account.getUsername(),
                Map.of("role", before),
                Map.of("role", role));
        changed(account, "ROLE_CHANGED", Map.of("from", before, "to", role));
    }

    private UserAccount load(Long accountId, long expectedVersion) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (account.getVersion() != expectedVersion) {
            throw new BusinessException("error.conflict");
        }
        return account;
    }

    private void changed(UserAccount account, String action, Map<String, ?> details) {
        long id = account.getId() == null ? 0 : account.getId();
        states.invalidate(id);
        sessions.endAll(id);
        events.record(action, Actors.current(), id, account.getUsername(), details);
    }

    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    /** Asked at start-up, before anyone signs in. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean anyExists() {
        return accounts.count() > 0;
    }
}
