package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.IntegrationTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The throttle against the real login_failure table, with a clock the test moves. */
@IntegrationTest
class LoginThrottleTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    private final MutableClock clock = new MutableClock();

    private LoginThrottle throttle(int perUser) {
        return new LoginThrottle(jdbc, perUser, 20, Duration.ofMinutes(15), clock);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void user_is_blocked_after_five_failures_until_the_window_passes() {
        LoginThrottle throttle = throttle(5);
        String name = unique("sec");
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure(name, "10.1.0.1")).isEqualTo(LoginThrottle.Outcome.COUNTED);
        }
        assertThat(throttle.isBlocked(name, "10.1.0.2")).isFalse();
        assertThat(throttle.recordFailure(" " + name.toUpperCase() + " ", "10.1.0.1"))
                .isEqualTo(LoginThrottle.Outcome.USER_LOCKED);
        assertThat(throttle.isBlocked(name, "10.1.0.2"))
                .as("per user, whatever the case and address")
                .isTrue();
        assertThat(throttle.isBlocked(unique("other"), "10.1.0.2")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked(name, "10.1.0.2")).isFalse();
    }

    @Test
    void one_address_guessing_many_names_is_blocked() {
        LoginThrottle throttle = throttle(5);
        String address = "10.2." + (int) (Math.random() * 250) + ".9";
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure(unique("user"), address);
        }
        assertThat(throttle.recordFailure(unique("user"), address)).isEqualTo(LoginThrottle.Outcome.ADDRESS_LOCKED);
        assertThat(throttle.isBlocked(unique("someone-new"), address)).isTrue();
        assertThat(throttle.isBlocked(unique("someone-new"), "10.3.0.8")).isFalse();
    }

    @Test
    void a_success_clears_the_users_failures() {
        LoginThrottle throttle = throttle(2);
        String name = unique("leader");
        throttle.recordFailure(name, null);
        throttle.recordSuccess(name);
        throttle.recordFailure(name, null);
        assertThat(throttle.isBlocked(name, null)).isFalse();
    }

    @Test
    void two_nodes_share_one_count() {
        LoginThrottle nodeA = throttle(5);
        LoginThrottle nodeB = throttle(5);
        String name = unique("shared");
        for (int i = 0; i < 3; i++) {
            nodeA.recordFailure(name, null);
        }
        nodeB.recordFailure(name, null);
        assertThat(nodeB.recordFailure(name, null)).isEqualTo(LoginThrottle.Outcome.USER_LOCKED);
        assertThat(nodeA.isBlocked(name, null)).isTrue();
    }

    /**
     * 100,000 distinct wrong names: the old in-memory map kept a key, a deque and an instant per name
     * (about 250 bytes, 25 MB in all) and never shrank. Now the JVM keeps nothing per name (no field can
     * hold a per-name collection, and the heap does not grow by more than a few MB), the rows are in the
     * table, and they are purged once the window has passed.
     */
    @Test
    void hundred_thousand_distinct_wrong_names_leave_memory_bounded_and_the_table_purged() throws Exception {
        for (Field f : LoginThrottle.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(Modifier.isFinal(f.getModifiers())).as(f.getName()).isTrue();
                assertThat(Map.class.isAssignableFrom(f.getType())
                                || Collection.class.isAssignableFrom(f.getType())
                                || f.getType().getName().contains("Cache"))
                        .as(f.getName())
                        .isFalse();
            }
        }
        LoginThrottle throttle = throttle(5);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long before = usedHeapAfterGc();
        for (int batch = 0; batch < 10; batch++) {
            List<String> names = new ArrayList<>(10_000);
            for (int i = 0; i < 10_000; i++) {
                names.add("wrong-" + run + "-" + batch + "-" + i);
            }
            throttle.recordFailures(names, null);
        }
        long after = usedHeapAfterGc();
        assertThat(after - before).as("heap growth in bytes").isLessThan(8L * 1024 * 1024);
        Timestamp from = Timestamp.from(clock.now);
        assertThat(jdbc.queryForObject("select count(*) from login_failure where occurred_at = ?", Integer.class, from))
                .isEqualTo(100_000);

        clock.now = clock.now.plus(Duration.ofMinutes(16));
        while (throttle.purgeExpired() > 0) {
            // bounded batches, as the scheduled purge runs them
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from login_failure where occurred_at <= ?", Integer.class, from))
                .isZero();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            min = Math.min(min, rt.totalMemory() - rt.freeMemory());
        }
        return min;
    }
}
