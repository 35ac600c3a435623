package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LedgerHashTest {

    private static final ChainKey KEY = new ChainKey("k1", "a-secret-of-at-least-thirty-two-characters");

    private static String hash(ChainKey key, int points, String prev) {
        return LedgerHash.hmac(
                key,
                7,
                3,
                1,
                11,
                points,
                LocalDate.of(2026, 3, 1),
                "MANUAL",
                99L,
                null,
                "义诊",
                "sec-c08",
                "admin",
                prev);
    }

    @Test
    void seal_is_hmac_sha256_hex_and_deterministic() {
        assertThat(hash(KEY, 3, LedgerHash.GENESIS))
                .hasSize(64)
                .matches("[0-9a-f]{64}")
                .isEqualTo(hash(KEY, 3, LedgerHash.GENESIS));
    }

    @Test
    void changing_any_content_changes_the_seal() {
        String original = hash(KEY, 3, LedgerHash.GENESIS);
        assertThat(hash(KEY, 4, LedgerHash.GENESIS)).isNotEqualTo(original);
        assertThat(LedgerHash.hmac(
                        KEY,
                        7,
                        3,
                        1,
                        11,
                        3,
                        LocalDate.of(2026, 3, 2),
                        "MANUAL",
                        99L,
                        null,
                        "义诊",
                        "sec-c08",
                        "admin",
                        LedgerHash.GENESIS))
                .isNotEqualTo(original);
        assertThat(LedgerHash.hmac(
                        KEY,
                        7,
                        3,
                        1,
                        11,
                        3,
                        LocalDate.of(2026, 3, 1),
                        "MANUAL",
                        99L,
                        null,
                        "义诊",
                        "sec-c08",
                        "someone",
                        LedgerHash.GENESIS))
                .isNotEqualTo(original);
    }

    @Test
    void the_previous_seal_chains_entries() {
        String first = hash(KEY, 3, LedgerHash.GENESIS);
        assertThat(hash(KEY, 3, first)).isNotEqualTo(hash(KEY, 3, LedgerHash.GENESIS));
    }

    @Test
    void without_the_key_the_seal_cannot_be_recomputed() {
        ChainKey other = new ChainKey("k1", "another-secret-of-at-least-thirty-two-chars");
        String sealed = hash(KEY, 3, LedgerHash.GENESIS);
        assertThat(hash(other, 3, LedgerHash.GENESIS)).isNotEqualTo(sealed);
        // The first ledger's plain SHA-256, which anyone with the row can recompute, is not the seal either.
        assertThat(LedgerHash.sha256(
                        7,
                        3,
                        1,
                        11,
                        3,
                        LocalDate.of(2026, 3, 1),
                        "MANUAL",
                        99L,
                        null,
                        "义诊",
                        "sec-c08",
                        "admin",
                        LedgerHash.GENESIS))
                .isNotEqualTo(sealed)
                .hasSize(64);
    }
}
