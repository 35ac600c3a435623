package cn.dangjian.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failures within the window, further attempts for
 * that user name (compared by {@link UserNames#key}), or from that client address, are refused until
 * the window has passed. The failures live in the database table {@code login_failure}, so every node
 * sees the same count and the JVM holds nothing per name; rows older than the window are purged on
 * every write and once a minute (see docs/decisions/0008-sign-in-throttle-and-headers.md).
 */
@Component
public class LoginThrottle {

    /** Rows deleted per purge statement: a purge never holds a long lock, the next one continues. */
    private static final int PURGE_BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;

    @Autowired
    LoginThrottle(
            JdbcTemplate jdbc,
            @Value("${app.login.max-failures-per-user:5}") int maxPerUser,
            @Value("${app.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${app.login.window:15m}") Duration window,
            Clock clock) {
        this.jdbc = jdbc;
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** What a failure did: only counted, or it brought the name (or the address) to the lock. */
    public enum Outcome {
        COUNTED,
        USER_LOCKED,
        ADDRESS_LOCKED
    }

    public boolean isBlocked(String typedName, @Nullable String address) {
        return userFailures(typedName) >= maxPerUser
                || (address != null && count(addressKey(address)) >= maxPerAddress);
    }

    int userFailures(String typedName) {
        return count(userKey(typedName));
    }

    /**
     * Records one failed attempt for the name and the address. Attempts refused because a lock is
     * already in force are not recorded (the caller checks {@link #isBlocked} first), so a flood against
     * one name adds at most the threshold's number of rows.
     */
    public Outcome recordFailure(String typedName, @Nullable String address) {
        recordFailures(List.of(typedName), address);
        if (userFailures(typedName) >= maxPerUser) {
            return Outcome.USER_LOCKED;
        }
        return address != null && count(addressKey(address)) >= maxPerAddress
                ? Outcome.ADDRESS_LOCKED
                : Outcome.COUNTED;
    }

    /** Several failures at once (one batch); the single-failure path above goes through here too. */
    void recordFailures(List<String> typedNames, @Nullable String address) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(typedNames.size() + 1);
        for (String name : typedNames) {
            rows.add(new Object[] {userKey(name), now});
            if (address != null) {
                rows.add(new Object[] {addressKey(address), now});
            }
        }
        jdbc.batchUpdate("insert into login_failure (key_hash, occurred_at) values (?, ?)", rows);
        purgeExpired();
    }

    /** A successful sign-in clears the name's failures (not the address's: other names may be guessed from it). */
    public void recordSuccess(String typedName) {
        jdbc.update("delete from login_failure where key_hash = ?", (Object) userKey(typedName));
    }

    /** Deletes failures older than the window; a few thousand rows per call, so a write never waits long. */
    @Scheduled(fixedDelayString = "${app.login.purge-every:1m}", initialDelayString = "${app.login.purge-every:1m}")
    public int purgeExpired() {
        return jdbc.update(
                "delete from login_failure where occurred_at < ? limit " + PURGE_BATCH,
                Timestamp.from(clock.instant().minus(window)));
    }

    private int count(byte[] key) {
        Integer n = jdbc.queryForObject(
                "select count(*) from login_failure where key_hash = ? and occurred_at >= ?",
                Integer.class,
                key,
                Timestamp.from(clock.instant().minus(window)));
        return n == null ? 0 : n;
    }

    private static byte[] userKey(String typedName) {
        return sha256("u:" + UserNames.key(typedName));
    }

    private static byte[] addressKey(String address) {
        return sha256("a:" + address);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
