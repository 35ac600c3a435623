package cn.dangjian.security;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Every signed-in user changes their own password (ASVS 6.2.2, 6.2.3). */
@Service
@PreAuthorize("isAuthenticated()")
public class OwnPasswordService {

    /** Wrong current passwords tolerated per account before its sessions end: a session left open is no oracle. */
    static final int MAX_WRONG = 5;

    private final Cache<Long, AtomicInteger> wrong = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(15))
            .maximumSize(10_000)
            .build();

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final SecurityEvents events;
    private final OpenSessions sessions;
    private final AccountStates states;

    OwnPasswordService(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            CurrentUser currentUser,
            SecurityEvents events,
            OpenSessions sessions,
            AccountStates states) {
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
    public void change(String currentPassword, String newPassword, String repeated) {
        AppUser user = currentUser.require();
        UserAccount account = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            int failures =
                    wrong.get(user.accountId(), id -> new AtomicInteger()).incrementAndGet();
            events.record(
                    "PASSWORD_CHANGE_FAILED",
                    user.username(),
                    user.accountId(),
                    user.username(),
                    Map.of("reason", "wrong current password", "failures", failures));
            if (failures >= MAX_WRONG) {
                wrong.invalidate(user.accountId());
                sessions.endAllNow(user.accountId()); // the refusal below rolls the transaction back
            }
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
        wrong.invalidate(user.accountId());
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
