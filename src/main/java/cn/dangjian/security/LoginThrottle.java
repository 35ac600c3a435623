package cn.dangjian.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing: after too many failures within the window, further attempts for
 * that user name, or from that address, are refused until the window has passed.
 */
@Component
@NullMarked
public class LoginThrottle {

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${app.login.max-failures-per-user:5}") int maxPerUser,
            @Value("${app.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${app.login.window:15m}") Duration window) {
        this(maxPerUser, maxPerAddress, window, Clock.systemUTC());
    }

    LoginThrottle(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    public boolean isBlocked(String username, @Nullable String address) {
        return recent("u:" + username.trim().toLowerCase()) >= maxPerUser
                || (address != null && recent("a:" + address) >= maxPerAddress);
    }

    public void recordFailure(String username, @Nullable String address) {
        add("u:" + username.trim().toLowerCase());
        if (address != null) {
            add("a:" + address);
        }
    }

    public void recordSuccess(String username) {
        failures.remove("u:" + username.trim().toLowerCase());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        recordFailure(event.getAuthentication().getName(), currentAddress());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant cutoff = clock.instant().minus(window);
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    static @Nullable String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
