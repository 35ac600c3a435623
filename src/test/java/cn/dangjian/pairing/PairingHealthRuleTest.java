package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PairingHealthRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final PairingHealthRule rule = new PairingHealthRule(PairingHealthRule.Thresholds.DEFAULT);

    private PairingHealthRule.Verdict judge(int startedDaysAgo, int recent, LocalDate last, int due, int met) {
        return rule.evaluate(
                new PairingHealthRule.Input(TODAY, TODAY.minusDays(startedDaysAgo), recent, last, due, met));
    }

    @Test
    void two_recent_pieces_and_goals_on_track_is_alive() {
        var v = judge(200, 2, TODAY.minusDays(3), 2, 1);
        assertThat(v.health()).isEqualTo(PairingHealth.ALIVE);
        assertThat(v.reasonKey()).isEqualTo("pairing.health.reason.alive");
        assertThat(v.reasonArgs()).containsExactly(2, 90, 1, 2);
    }

    @Test
    void one_recent_piece_is_only_slowing() {
        var v = judge(200, 1, TODAY.minusDays(3), 0, 0);
        assertThat(v.health()).isEqualTo(PairingHealth.SLOWING);
        assertThat(v.reasonKey()).isEqualTo("pairing.health.reason.fewEvidence");
    }

    @Test
    void plenty_of_evidence_but_due_goals_behind_is_slowing() {
        var v = judge(200, 5, TODAY.minusDays(3), 4, 1);
        assertThat(v.health()).isEqualTo(PairingHealth.SLOWING);
        assertThat(v.reasonKey()).isEqualTo("pairing.health.reason.goalsBehind");
        assertThat(v.reasonArgs()).containsExactly(1, 4);
    }

    @Test
    void half_of_due_goals_met_is_enough() {
        assertThat(judge(200, 2, TODAY, 4, 2).health()).isEqualTo(PairingHealth.ALIVE);
    }

    @Test
    void no_evidence_in_the_window_is_dormant_and_names_the_last_date() {
        var v = judge(400, 0, TODAY.minusDays(150), 1, 0);
        assertThat(v.health()).isEqualTo(PairingHealth.DORMANT);
        assertThat(v.reasonKey()).isEqualTo("pairing.health.reason.none");
        assertThat(v.reasonArgs()).containsExactly(90, TODAY.minusDays(150).toString());
    }

    @Test
    void never_any_evidence_is_dormant() {
        var v = judge(100, 0, null, 0, 0);
        assertThat(v.health()).isEqualTo(PairingHealth.DORMANT);
        assertThat(v.reasonKey()).isEqualTo("pairing.health.reason.noRecordSince");
    }

    @Test
    void a_new_pairing_without_evidence_gets_grace_then_becomes_dormant() {
        assertThat(judge(44, 0, null, 0, 0).health()).isEqualTo(PairingHealth.SLOWING);
        assertThat(judge(45, 0, null, 0, 0).health()).isEqualTo(PairingHealth.DORMANT);
    }

    @Test
    void thresholds_are_honoured_when_changed() {
        PairingHealthRule strict = new PairingHealthRule(new PairingHealthRule.Thresholds(30, 3, 1.0, 0));
        var in = new PairingHealthRule.Input(TODAY, TODAY.minusDays(100), 2, TODAY, 0, 0);
        assertThat(rule.evaluate(in).health()).isEqualTo(PairingHealth.ALIVE);
        assertThat(strict.evaluate(in).health()).isEqualTo(PairingHealth.SLOWING);
    }

    @Test
    void a_goal_is_met_when_marked_or_when_its_count_is_reached() {
        assertThat(PairingHealthRule.goalMet(TODAY, null, 0)).isTrue();
        assertThat(PairingHealthRule.goalMet(null, 4, 4)).isTrue();
        assertThat(PairingHealthRule.goalMet(null, 4, 3)).isFalse();
        assertThat(PairingHealthRule.goalMet(null, null, 10)).isFalse();
    }
}
