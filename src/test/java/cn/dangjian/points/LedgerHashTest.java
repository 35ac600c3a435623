package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LedgerHashTest {

    private static String hash(int points, String prev) {
        return LedgerHash.of(7, 3, 1, 11, points, LocalDate.of(2026, 3, 1), "MANUAL", 99L, null, "义诊", "sec-c08",
                "admin", prev);
    }

    @Test
    void hash_is_sha256_hex_and_deterministic() {
        assertThat(hash(3, LedgerHash.GENESIS)).hasSize(64).matches("[0-9a-f]{64}")
                .isEqualTo(hash(3, LedgerHash.GENESIS));
    }

    @Test
    void changing_any_content_changes_the_hash() {
        String original = hash(3, LedgerHash.GENESIS);
        assertThat(hash(4, LedgerHash.GENESIS)).isNotEqualTo(original);
        assertThat(LedgerHash.of(7, 3, 1, 11, 3, LocalDate.of(2026, 3, 2), "MANUAL", 99L, null, "义诊", "sec-c08",
                "admin", LedgerHash.GENESIS)).isNotEqualTo(original);
        assertThat(LedgerHash.of(7, 3, 1, 11, 3, LocalDate.of(2026, 3, 1), "MANUAL", 99L, null, "义诊", "sec-c08",
                "someone", LedgerHash.GENESIS)).isNotEqualTo(original);
    }

    @Test
    void the_previous_hash_chains_entries() {
        String first = hash(3, LedgerHash.GENESIS);
        assertThat(hash(3, first)).isNotEqualTo(hash(3, LedgerHash.GENESIS));
    }
}
