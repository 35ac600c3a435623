package cn.dangjian.points;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The keys of the ledger's hash chain, from {@code app.points.chain-keys} ({@code id:secret}, comma-separated or a
 * YAML list) and {@code app.points.chain-key-id} (the key that seals new entries). Old keys stay in the list so the
 * entries they sealed still verify. Without configuration the demo and test profiles use a fixed, public
 * development key; every other profile refuses to start (docs/decisions/0006-ledger-chain-key-and-verification.md).
 */
@Component
public class ChainKeys {

    static final String DEV_ID = "dev";
    static final String DEV_SECRET = "dangjian-demo-ledger-chain-key-not-for-production";
    static final int MIN_SECRET_LENGTH = 32;

    private static final Logger log = LoggerFactory.getLogger(ChainKeys.class);

    private final Map<String, ChainKey> keys = new LinkedHashMap<>();
    private final ChainKey current;

    @Autowired
    ChainKeys(Environment env) {
        this(
                Binder.get(env)
                        .bind("app.points.chain-keys", Bindable.listOf(String.class))
                        .orElse(List.of()),
                env.getProperty("app.points.chain-key-id", ""),
                env);
    }

    ChainKeys(List<String> entries, String currentId, Environment env) {
        boolean prod = env.acceptsProfiles(Profiles.of("prod"));
        for (String entry : entries) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("app.points.chain-keys: each key is id:secret");
            }
            String id = entry.substring(0, colon).trim();
            String secret = entry.substring(colon + 1).trim();
            if (!id.matches("[A-Za-z0-9._-]{1,20}")) {
                throw new IllegalStateException("app.points.chain-keys: a key id is 1-20 letters, digits, . _ -");
            }
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("app.points.chain-keys: the secret of key " + id + " is shorter than "
                        + MIN_SECRET_LENGTH + " characters");
            }
            if (prod && secret.equals(DEV_SECRET)) {
                throw new IllegalStateException(
                        "app.points.chain-keys: the public development key cannot seal a " + "production ledger");
            }
            if (keys.put(id, new ChainKey(id, secret)) != null) {
                throw new IllegalStateException("app.points.chain-keys: key id " + id + " appears twice");
            }
        }
        if (keys.isEmpty()) {
            if (prod || !env.acceptsProfiles(Profiles.of("demo | test"))) {
                throw new IllegalStateException(
                        "The points ledger needs a key: set APP_POINTS_CHAIN_KEYS=id:secret (a " + "secret of at least "
                                + MIN_SECRET_LENGTH + " random characters) and APP_POINTS_CHAIN_KEY_ID=id");
            }
            log.warn("The points ledger is sealed with the public development key: demo and test data only");
            keys.put(DEV_ID, new ChainKey(DEV_ID, DEV_SECRET));
        }
        String id = currentId.isBlank() && keys.size() == 1
                ? keys.keySet().iterator().next()
                : currentId.trim();
        ChainKey chosen = keys.get(id);
        if (chosen == null) {
            throw new IllegalStateException("app.points.chain-key-id '" + id + "' is not one of app.points.chain-keys");
        }
        current = chosen;
    }

    /** The key that seals new entries. */
    public ChainKey current() {
        return current;
    }

    /** The key an entry names, if it is configured. */
    Optional<ChainKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
