package cn.dangjian.security;

import cn.dangjian.common.db.DatabaseFailures;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Refuses a sign-in while the name or the client address is locked, before the password is checked
 * (so a locked name costs no bcrypt); otherwise hands over to the ordinary user-name/password check.
 * The failures themselves are counted by {@link SignInAuditor} from Spring Security's events.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /**
     * A Galera failover or a database restart takes a few seconds (docs/benchmarks.md "Faults": writes moved in
     * 2.5 s): a sign-in that meets it waits up to 3.5 s for the database rather than failing at once. Only
     * "unavailable" is retried; a wrong password or a lock is answered at once. Nothing is written before the
     * password check, so repeating the attempt is safe.
     */
    private static final RetryTemplate RIDE_THROUGH = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(3)
            .delay(Duration.ofMillis(500))
            .multiplier(2)
            .maxDelay(Duration.ofSeconds(2))
            .predicate(DatabaseFailures::isUnavailable)
            .build());

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return RIDE_THROUGH.execute(() -> attempt(authentication));
        } catch (RetryException e) {
            Throwable last = e.getLastException();
            if (DatabaseFailures.isUnavailable(last)) {
                // The database stayed away (restart, failover): a sign-in failure the login page explains, not a
                // 500 that lands back on an empty login form.
                throw new InternalAuthenticationServiceException("database unavailable", last);
            }
            if (last instanceof RuntimeException r) {
                throw r; // AuthenticationExceptions among them: wrong password, locked
            }
            throw new IllegalStateException(last);
        }
    }

    private @Nullable Authentication attempt(Authentication authentication) {
        if (throttle.isBlocked(authentication.getName(), ClientAddress.of(authentication))) {
            // A plain LockedException: Spring's event publisher maps exceptions by exact class, and no account
            // is ever locked otherwise here, so SignInAuditor reads every LockedException as the throttle's.
            throw new LockedException("too many failed sign-ins; the login form says so");
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
