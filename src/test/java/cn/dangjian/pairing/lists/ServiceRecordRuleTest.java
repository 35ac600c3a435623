package cn.dangjian.pairing.lists;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.pairing.lists.ServiceRecordRule.NeedFact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRecordRuleTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void counts_received_claimed_closed_and_rated_of_the_year_only() {
        ServiceRecord r = ServiceRecordRule.of(
                7L,
                "医务质控党支部",
                2026,
                List.of(
                        new NeedFact(1, d(1, 10), null, null, null), // addressed, not claimed
                        new NeedFact(2, d(2, 1), d(2, 3), null, null), // in progress
                        new NeedFact(3, d(3, 1), d(3, 2), d(3, 11), NeedRating.SATISFIED),
                        new NeedFact(4, d(4, 1), d(4, 2), d(4, 21), NeedRating.UNSATISFIED),
                        new NeedFact(5, d(5, 1), d(5, 2), d(5, 5), null),
                        new NeedFact(6, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 2), d(1, 2), null)));
        assertThat(r.received()).as("raised in 2026").isEqualTo(5);
        assertThat(r.claimed()).as("claimed in 2026").isEqualTo(4);
        assertThat(r.closed()).as("closed in 2026, whenever raised").isEqualTo(4);
        assertThat(r.rated()).isEqualTo(2);
        assertThat(r.satisfied()).isEqualTo(1);
        assertThat(r.satisfiedShare()).isEqualTo(0.5);
        // days to close: 10, 20, 4, 32 → sorted 4, 10, 20, 32 → median 15
        assertThat(r.medianDaysToClose()).isEqualTo(15.0);
    }

    @Test
    void basically_satisfied_counts_as_satisfied_and_nothing_rated_has_no_share() {
        ServiceRecord r = ServiceRecordRule.of(
                1L, "x", 2026, List.of(new NeedFact(1, d(1, 1), d(1, 2), d(1, 4), NeedRating.BASICALLY_SATISFIED)));
        assertThat(r.satisfied()).isEqualTo(1);
        assertThat(r.medianDaysToClose()).isEqualTo(3.0);
        ServiceRecord none = ServiceRecordRule.of(1L, "x", 2026, List.of(new NeedFact(1, d(1, 1), null, null, null)));
        assertThat(none.satisfiedShare()).isNull();
        assertThat(none.medianDaysToClose()).isNull();
    }

    @Test
    void median_of_odd_and_even_counts() {
        assertThat(ServiceRecordRule.median(List.of(5L, 1L, 3L))).isEqualTo(3.0);
        assertThat(ServiceRecordRule.median(List.of(4L, 1L))).isEqualTo(2.5);
        assertThat(ServiceRecordRule.median(List.of())).isNull();
    }
}
