package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.db.DatabaseFailures;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A sign-in while the database is away (restart, failover) — a real refused connection, no stub: the sign-in
 * fails as an authentication failure the login page explains, not as a server error that drops the user back on
 * an empty form.
 */
class SignInWhileDatabaseAwayTest {

    @Test
    void the_sign_in_fails_as_database_unavailable() {
        // Port 1 on loopback: nothing listens, the driver's connection is refused at once.
        var nowhere = new DriverManagerDataSource("jdbc:mariadb://127.0.0.1:1/dangjian?connectTimeout=1000");
        var throttle = new LoginThrottle(new JdbcTemplate(nowhere), 5, 20, Duration.ofMinutes(15), Clock.systemUTC());
        AuthenticationProvider passwords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                throw new AssertionError("the password is not checked while the throttle cannot read");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        var provider = new ThrottledAuthenticationProvider(passwords, throttle);

        assertThatThrownBy(() -> provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("sec_cardio", "demo123")))
                .isInstanceOf(InternalAuthenticationServiceException.class)
                .satisfies(e -> assertThat(DatabaseFailures.isUnavailable(e)).isTrue());
    }
}
