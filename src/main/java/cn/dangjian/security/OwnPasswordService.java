package cn.dangjian.security;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Every signed-in user changes their own password (ASVS 6.2.2, 6.2.3). */
@Service
@NullMarked
public class OwnPasswordService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final SecurityEvents events;
    private final OpenSessions sessions;
    private final AccountStates states;

    OwnPasswordService(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
            CurrentUser currentUser, SecurityEvents events, OpenSessions sessions, AccountStates states) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
        this.sessions = sessions;
        this.states = states;
    }

    /**
     * Needs the current password, so that a session left open on a ward computer cannot take the account over.
     * Other sessions of the user end (7.4.3); the one used for the change stays signed in.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void change(String currentPassword, String newPassword, String repeated) {
        AppUser user = currentUser.require();
        UserAccount account = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            events.record("PASSWORD_CHANGE_FAILED", user.username(), user.accountId(), user.username(),
                    Map.of("reason", "wrong current password"));
            throw new BusinessException("account.wrongCurrentPassword");
        }
        if (!newPassword.equals(repeated)) {
            throw new BusinessException("account.passwordsDiffer");
        }
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("account.passwordUnchanged");
        }
        policy.check(account.getUsername(), newPassword);
        account.setPasswordHash(encoder.encode(newPassword));
        account.setMustChangePassword(false);
        accounts.saveAndFlush(account);
        states.invalidate(user.accountId());
        sessions.endOthers(user.accountId(), currentSessionId());
        events.record("PASSWORD_CHANGED", user.username(), user.accountId(), user.username(), Map.of());
    }

    private static @Nullable String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
