package cn.dangjian.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.NullMarked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed, time-limited sign-in tokens for the QR code of an event: {@code <eventId>.<expiry>.<hmac>}.
 * The key comes from {@code app.calendar.signing-secret}; without one a random key is made at start-up,
 * so codes shown before a restart stop working (acceptable: a new code is one click away).
 */
@Component
@NullMarked
class SignInTokens {

    private final byte[] key;
    private final Clock clock;

    SignInTokens(@Value("${app.calendar.signing-secret:}") String secret, Clock clock) {
        this.clock = clock;
        if (secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String issue(long eventId, Instant expiry) {
        String payload = eventId + "." + expiry.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** The event id if the token is genuine and not expired. */
    OptionalLong verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return OptionalLong.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return OptionalLong.empty();
        }
        try {
            long expiry = Long.parseLong(parts[1]);
            if (Instant.ofEpochSecond(expiry).isBefore(clock.instant())) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
