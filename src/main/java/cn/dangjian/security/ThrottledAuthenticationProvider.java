package cn.dangjian.security;

import cn.dangjian.common.db.DatabaseFailures;
import org.jspecify.annotations.Nullable;
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

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            if (throttle.isBlocked(authentication.getName(), ClientAddress.of(authentication))) {
                // A plain LockedException: Spring's event publisher maps exceptions by exact class, and no account
                // is ever locked otherwise here, so SignInAuditor reads every LockedException as the throttle's.
                throw new LockedException("too many failed sign-ins; the login form says so");
            }
            return delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                // The database is away (restart, failover): a sign-in failure the login page explains, not a 500
                // that lands back on an empty login form.
                throw new InternalAuthenticationServiceException("database unavailable", e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
