package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.support.IntegrationTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A sign-in that meets a database failover (the cluster test's first fault lost two sign-ins this way) waits for
 * the database instead of failing; a wrong password is answered at once. The throttle is the real one on the
 * test database; the password check stands in for a user lookup whose database is away for two attempts.
 */
@IntegrationTest
class SignInRideThroughTest {

    @Autowired
    LoginThrottle throttle;

    @Test
    void a_sign_in_during_a_failover_goes_through_once_the_database_answers() {
        AtomicInteger calls = new AtomicInteger();
        var provider = new ThrottledAuthenticationProvider(
                checking(auth -> {
                    if (calls.incrementAndGet() <= 2) {
                        throw new InternalAuthenticationServiceException(
                                "lookup failed", new CannotCreateTransactionException("connection refused"));
                    }
                    return UsernamePasswordAuthenticationToken.authenticated(auth.getName(), null, null);
                }),
                throttle);

        Authentication signedIn =
                provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ride-through", "demo123"));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(calls).hasValue(3);
    }

    @Test
    void a_wrong_password_is_not_tried_again() {
        AtomicInteger calls = new AtomicInteger();
        var provider = new ThrottledAuthenticationProvider(
                checking(auth -> {
                    calls.incrementAndGet();
                    throw new BadCredentialsException("wrong password");
                }),
                throttle);

        assertThatThrownBy(() -> provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("ride-through-2", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(calls).hasValue(1);
    }

    private static AuthenticationProvider checking(java.util.function.Function<Authentication, Authentication> check) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return check.apply(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }
}
