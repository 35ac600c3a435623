package cn.dangjian.security;

import cn.dangjian.common.db.DatabaseFailures;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in, sign-in failure, lockout and sign-out as security events (ASVS 16.3.1), and the throttle's
 * bookkeeping: each failure is counted, a success clears the name's failures.
 */
@Component
class SignInAuditor implements LogoutHandler {

    static final String SIGN_IN = "SIGN_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String LOCKED_OUT = "LOCKED_OUT";
    static final String SIGN_OUT = "SIGN_OUT";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignInAuditor.class);
    private final LoginThrottle throttle;
    private final SecurityEvents events;

    SignInAuditor(LoginThrottle throttle, SecurityEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        throttle.recordSuccess(auth.getName());
        events.record(SIGN_IN, auth.getName(), accountId(auth), auth.getName(), address(auth));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String typed = auth.getName();
        String address = ClientAddress.of(auth);
        if (DatabaseFailures.isUnavailable(event.getException())) {
            // Nothing can be counted or recorded while the database is away, and the user did nothing wrong.
            log.warn("Sign-in of {} from {} failed: database unavailable", UserNames.key(typed), address);
            return;
        }
        if (event.getException() instanceof LockedException) {
            // refused by the throttle before the password check: not another failure to count
            events.record(SIGN_IN_FAILED, typed, null, null, details(address, "locked"));
            return;
        }
        LoginThrottle.Outcome outcome = throttle.recordFailure(typed, address);
        events.record(
                SIGN_IN_FAILED,
                typed,
                null,
                null,
                details(address, event.getException().getClass().getSimpleName()));
        if (outcome == LoginThrottle.Outcome.USER_LOCKED) {
            events.record(LOCKED_OUT, typed, null, UserNames.key(typed), details(address, "user name"));
        } else if (outcome == LoginThrottle.Outcome.ADDRESS_LOCKED) {
            events.record(LOCKED_OUT, typed, null, String.valueOf(address), details(address, "address"));
        }
    }

    /** Registered with the Vaadin security configurer, so it runs for the menu's sign-out as for POST /logout. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication auth) {
        if (auth != null) {
            events.record(
                    SIGN_OUT,
                    auth.getName(),
                    accountId(auth),
                    auth.getName(),
                    Map.of("address", String.valueOf(request.getRemoteAddr())));
        }
    }

    private static @Nullable Long accountId(Authentication auth) {
        return auth.getPrincipal() instanceof AppUser user ? user.accountId() : null;
    }

    private static Map<String, ?> address(Authentication auth) {
        return Map.of("address", String.valueOf(ClientAddress.of(auth)));
    }

    private static Map<String, ?> details(@Nullable String address, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", String.valueOf(address));
        details.put("reason", reason);
        return details;
    }
}
