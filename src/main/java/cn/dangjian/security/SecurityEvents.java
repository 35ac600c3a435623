package cn.dangjian.security;

import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Security events (ASVS 16.3): each goes to the application log as one structured line on the
 * {@code security} logger, and is published as a {@link SecurityEvent} that the audit feature stores
 * (type {@code Security}, filterable by the administrator) in its own transaction. Publishing keeps
 * security below audit (decision 0010); the listener runs synchronously, so nothing changes for callers.
 * Callers never pass passwords or tokens.
 */
@Component
public class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("security");

    private final ApplicationEventPublisher publisher;

    SecurityEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * @param action  e.g. SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, SIGN_OUT, ACCESS_DENIED, ACCOUNT_CREATED,
     *                ACCOUNT_DISABLED, PASSWORD_RESET, PASSWORD_CHANGED, ROLE_CHANGED
     * @param actor   who acted (the user name as typed for sign-ins)
     * @param subject the account or object concerned, if any
     */
    public void record(
            String action, String actor, @Nullable Long accountId, @Nullable String subject, Map<String, ?> details) {
        String detailText = details.entrySet().stream()
                .map(e -> e.getKey() + "=" + clean(e.getValue()))
                .collect(Collectors.joining(" "));
        log.info("event={} actor={} subject={} {}", action, clean(actor), clean(subject), detailText);
        publisher.publishEvent(new SecurityEvent(actor, action, accountId, subject, detailText));
    }

    /** Log lines stay one line and cannot be forged by a user name with line breaks. */
    private static String clean(@Nullable Object value) {
        return value == null ? "-" : "\"" + value.toString().replaceAll("[\\r\\n\\t\"]", "_") + "\"";
    }
}
