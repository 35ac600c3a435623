package cn.dangjian.points;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** One key of the ledger chain: its id (stored with every entry it seals) and its secret. */
public final class ChainKey {

    private final String id;
    private final SecretKeySpec secret;

    ChainKey(String id, String secret) {
        this.id = id;
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String id() {
        return id;
    }

    /** HMAC-SHA256 of the text, as 64 lower-case hex digits. */
    String mac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ChainKey[" + id + "]";
    }
}
