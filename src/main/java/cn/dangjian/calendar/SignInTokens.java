package cn.dangjian.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed sign-in tokens for the QR code of an event: {@code <eventId>.<generation>.<hmac>}. The token
 * holds no expiry: when it may be used is decided against the event's current times (so moving the
 * event moves the window), and "new code" bumps the event's generation, which voids every older token.
 * The key comes from {@code app.calendar.signing-secret}; without one a random key is made at start-up,
 * so codes shown before a restart stop working (acceptable: a new code is one click away).
 */
@Component
class SignInTokens {

    /** What a genuine token says; whether it is still current is the caller's question. */
    record Claim(long eventId, int generation) {}

    private final byte[] key;

    SignInTokens(@Value("${app.calendar.signing-secret:}") String secret) {
        if (secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String issue(long eventId, int generation) {
        String payload = eventId + "." + generation;
        return payload + "." + sign(payload);
    }

    /** The claim if the token was signed with our key. */
    Optional<Claim> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claim(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
