package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CapsTest {

    @Test
    void no_caps_grant_everything() {
        assertThat(Caps.grant(5, null, null, null, 100, 100, 100)).isEqualTo(5);
    }

    @Test
    void year_cap_grants_only_the_room_left() {
        assertThat(Caps.grant(3, null, null, 12, 0, 0, 10)).isEqualTo(2);
        assertThat(Caps.grant(3, null, null, 12, 0, 0, 12)).isZero();
        assertThat(Caps.grant(3, null, null, 12, 0, 0, 15)).isZero();
    }

    @Test
    void the_tightest_of_day_month_and_year_wins() {
        assertThat(Caps.grant(5, 4, 10, 30, 0, 0, 0)).isEqualTo(4);
        assertThat(Caps.grant(5, 4, 10, 30, 0, 8, 0)).isEqualTo(2);
        assertThat(Caps.grant(5, 4, 10, 30, 0, 0, 29)).isEqualTo(1);
    }

    @Test
    void deductions_are_capped_by_magnitude() {
        assertThat(Caps.grant(-2, null, null, 5, 0, 0, -4)).isEqualTo(-1);
        assertThat(Caps.grant(-2, null, null, 5, 0, 0, -5)).isZero();
        assertThat(Caps.grant(-2, null, null, null, 0, 0, -500)).isEqualTo(-2);
    }

    @Test
    void a_reversal_frees_room_under_the_cap() {
        // 12 granted, then 3 reversed: the year's net under the rule is 9, so 3 fit again.
        assertThat(Caps.grant(3, null, null, 12, 0, 0, 9)).isEqualTo(3);
    }

    /** Day, month and year boundaries as the bulk ledger (same rules as the live ledger) applies them. */
    @Test
    void caps_reset_at_day_month_and_year_boundaries() {
        long rule = 1;
        Map<Long, BulkLedger.RuleCaps> caps = Map.of(rule, new BulkLedger.RuleCaps(2, 3, 5));
        List<Integer> granted = new ArrayList<>();
        BulkLedger bulk = new BulkLedger(caps, new ChainKey("t", "unit-test-key"), new RecordingSink(granted));
        bulk.member(
                1,
                1,
                List.of(
                        planned(rule, 2, LocalDate.of(2025, 1, 31)),
                        planned(rule, 2, LocalDate.of(2025, 1, 31)), // same day: day cap 2 reached
                        planned(rule, 2, LocalDate.of(2025, 1, 30)), // sorted first; Jan total 4 > month cap 3
                        planned(rule, 2, LocalDate.of(2025, 2, 1)), // new day and month
                        planned(rule, 2, LocalDate.of(2025, 12, 31)), // year cap 5: 3+2 so far → 0 left
                        planned(rule, 2, LocalDate.of(2026, 1, 1)))); // new year
        assertThat(granted).containsExactly(2, 1, 2, 2);
    }

    private static BulkLedger.Planned planned(long rule, int points, LocalDate date) {
        return new BulkLedger.Planned(rule, points, date, SourceType.IMPORT, null, null, "t", "t");
    }

    private record RecordingSink(List<Integer> granted) implements BulkLedger.Sink {
        @Override
        public void entry(
                long memberId,
                long branchId,
                long ruleId,
                int points,
                LocalDate date,
                String sourceType,
                @Nullable Long sourceId,
                @Nullable String reason,
                String recordedBy,
                @Nullable String approvedBy,
                int seq,
                String prevHash,
                String hash) {
            granted.add(points);
        }

        @Override
        public void total(long memberId, int period, long branchId, int net) {}

        @Override
        public void chainHead(long memberId, int seq, String lastHash) {}

        @Override
        public void histogram(long scopeId, int period, int net, int members) {}

        @Override
        public void usage(long memberId, long ruleId, int period, int points) {}
    }
}
