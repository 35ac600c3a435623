package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void user_is_blocked_after_five_failures_until_the_window_passes() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("sec-c08", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("sec-c08", "10.0.0.2")).isFalse();
        throttle.recordFailure("SEC-C08 ", "10.0.0.1");
        assertThat(throttle.isBlocked("sec-c08", "10.0.0.2")).as("per user, whatever the case and address").isTrue();
        assertThat(throttle.isBlocked("admin", "10.0.0.2")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("sec-c08", "10.0.0.2")).isFalse();
    }

    @Test
    void one_address_guessing_many_names_is_blocked() {
        LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), new MutableClock());
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }
        assertThat(throttle.isBlocked("someone-new", "10.0.0.9")).isTrue();
        assertThat(throttle.isBlocked("someone-new", "10.0.0.8")).isFalse();
    }

    @Test
    void a_success_clears_the_users_failures() {
        LoginThrottle throttle = new LoginThrottle(2, 20, Duration.ofMinutes(15), new MutableClock());
        throttle.recordFailure("leader", null);
        throttle.recordSuccess("leader");
        throttle.recordFailure("leader", null);
        assertThat(throttle.isBlocked("leader", null)).isFalse();
    }
}
