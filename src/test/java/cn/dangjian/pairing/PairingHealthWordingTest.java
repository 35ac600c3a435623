package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.i18n.BundleI18NProvider;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every health reason is true of the data it speaks of: for a grid of pairings (age, recent and last evidence,
 * goals), each wording's arguments are checked against the input that produced them, and the sentence is
 * rendered in both languages. The case found by a new user: 60 days old, nothing recorded, read "over 90 days".
 */
class PairingHealthWordingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    final PairingHealthRule rule = new PairingHealthRule(PairingHealthRule.Thresholds.DEFAULT);
    final PairingHealthRule.Thresholds t = PairingHealthRule.Thresholds.DEFAULT;

    @Test
    void a_pairing_sixty_days_old_without_records_says_sixty_days_not_ninety() throws Exception {
        var v = rule.evaluate(new PairingHealthRule.Input(TODAY, TODAY.minusDays(60), 0, null, 0, 0));
        BundleI18NProvider bundles = new BundleI18NProvider();
        String zh = bundles.getTranslation(
                v.reasonKey(), BundleI18NProvider.CHINESE, v.reasonArgs().toArray());
        assertThat(zh).contains("60").doesNotContain("90").doesNotContain("超过");
        String en = bundles.getTranslation(
                v.reasonKey(), BundleI18NProvider.ENGLISH, v.reasonArgs().toArray());
        assertThat(en).contains("60").doesNotContain("90");
    }

    @Test
    void every_reason_states_what_the_input_shows() throws Exception {
        BundleI18NProvider bundles = new BundleI18NProvider();
        int checked = 0;
        for (PairingHealthRule.Input in : grid()) {
            var v = rule.evaluate(in);
            List<Object> a = v.reasonArgs();
            long age = ChronoUnit.DAYS.between(in.termStart(), in.today());
            switch (v.reasonKey()) {
                case "pairing.health.reason.alive" -> {
                    assertThat(a).containsExactly(in.recentEvidence(), t.windowDays(), in.goalsDueMet(), in.goalsDue());
                    assertThat(in.recentEvidence()).isGreaterThanOrEqualTo(t.aliveMinEvidence());
                }
                case "pairing.health.reason.fewEvidence" -> {
                    assertThat(a).containsExactly(in.recentEvidence(), t.windowDays(), t.aliveMinEvidence());
                    assertThat(in.recentEvidence()).isPositive().isLessThan(t.aliveMinEvidence());
                }
                case "pairing.health.reason.goalsBehind" -> {
                    assertThat(a).containsExactly(in.goalsDueMet(), in.goalsDue());
                    assertThat((double) in.goalsDueMet() / in.goalsDue()).isLessThan(t.aliveMinGoalShare());
                }
                case "pairing.health.reason.none" -> {
                    assertThat(in.recentEvidence()).isZero();
                    assertThat(in.lastEvidence()).isNotNull();
                    assertThat(a)
                            .containsExactly(t.windowDays(), in.lastEvidence().toString());
                    assertThat(in.lastEvidence()).isBefore(TODAY.minusDays(t.windowDays() - 1));
                }
                case "pairing.health.reason.youngNoRecord" -> {
                    assertThat(in.lastEvidence()).isNull();
                    assertThat(a).containsExactly(age, t.graceDays());
                    assertThat(age).isLessThan(t.graceDays());
                }
                case "pairing.health.reason.noRecordSince" -> {
                    assertThat(in.lastEvidence()).isNull();
                    assertThat(a).containsExactly(age);
                    assertThat(age).isGreaterThanOrEqualTo(t.graceDays());
                }
                default -> throw new AssertionError("an unchecked reason: " + v.reasonKey());
            }
            for (var locale : List.of(BundleI18NProvider.CHINESE, BundleI18NProvider.ENGLISH)) {
                String text = bundles.getTranslation(v.reasonKey(), locale, a.toArray());
                assertThat(text).doesNotContain("{").isNotBlank();
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** Consistent inputs: recent evidence implies a last date inside the window, none implies none or older. */
    private static List<PairingHealthRule.Input> grid() {
        List<PairingHealthRule.Input> all = new ArrayList<>();
        for (int started : new int[] {0, 10, 44, 45, 60, 89, 90, 91, 200, 400}) {
            for (int recent : new int[] {0, 1, 2, 5}) {
                List<@Nullable LocalDate> lasts = new ArrayList<>();
                if (recent == 0) {
                    lasts.add(null);
                    lasts.add(TODAY.minusDays(150));
                } else {
                    lasts.add(TODAY.minusDays(3));
                }
                for (LocalDate last : lasts) {
                    for (int[] goals : new int[][] {{0, 0}, {4, 1}, {4, 2}, {2, 2}}) {
                        all.add(new PairingHealthRule.Input(
                                TODAY, TODAY.minusDays(started), recent, last, goals[0], goals[1]));
                    }
                }
            }
        }
        return all;
    }
}
