package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BandTest {

    @Test
    void default_thresholds_match_the_scheme() {
        assertThat(Band.of(90, 90, 80, 60)).isEqualTo(Band.EXCELLENT);
        assertThat(Band.of(89, 90, 80, 60)).isEqualTo(Band.GOOD);
        assertThat(Band.of(80, 90, 80, 60)).isEqualTo(Band.GOOD);
        assertThat(Band.of(79, 90, 80, 60)).isEqualTo(Band.PASS);
        assertThat(Band.of(60, 90, 80, 60)).isEqualTo(Band.PASS);
        assertThat(Band.of(59, 90, 80, 60)).isEqualTo(Band.FAIL);
    }

    @Test
    void thresholds_are_settings() {
        assertThat(Band.of(85, 85, 75, 50)).isEqualTo(Band.EXCELLENT);
        assertThat(Band.of(55, 85, 75, 50)).isEqualTo(Band.PASS);
    }

    @Test
    void yearly_score_is_base_plus_net_floored_at_zero() {
        PointsSettings s = new PointsSettings();
        assertThat(s.score(25)).isEqualTo(85);
        assertThat(s.score(-10)).isEqualTo(50);
        assertThat(s.score(-75)).isZero();
        assertThat(s.band(s.score(30))).isEqualTo(Band.EXCELLENT);
    }

    @Test
    void period_codes_keep_year_quarter_and_month_apart() {
        int[] codes = Periods.of(LocalDate.of(2026, 11, 23));
        assertThat(codes).containsExactly(202600, 202624, 202611);
        assertThat(Periods.isYear(202600)).isTrue();
        assertThat(Periods.isYear(202624)).isFalse();
    }
}
