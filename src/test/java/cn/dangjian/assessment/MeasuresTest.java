package cn.dangjian.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.contracts.CoConstructionFacts;
import cn.dangjian.common.contracts.FollowUpFacts;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each automatic formula alone, on hand-made facts. */
class MeasuresTest {

    private static BranchFacts facts(
            int decided,
            int onTime,
            List<String> committee,
            List<String> size,
            int members,
            int good,
            double avg,
            int live,
            int alive,
            int goalsDue,
            int goalsMet,
            int joint,
            boolean secretary,
            boolean dual,
            FollowUpFacts.@Nullable Assignments tasks,
            @Nullable Integer brand,
            CoConstructionFacts.@Nullable Joint co) {
        return new BranchFacts(
                7, 2026, decided, onTime, committee, size, members, good, avg, live, alive, goalsDue, goalsMet, joint,
                secretary, dual, tasks, brand, co, 2);
    }

    private static BranchFacts plain() {
        return facts(20, 15, List.of(), List.of(), 10, 6, 75, 2, 1, 4, 3, 3, true, true, null, null, null);
    }

    private static Outcome run(Formula f, BranchFacts facts) {
        return Measures.evaluate(f, f.defaultLow(), f.defaultHigh(), 10, facts);
    }

    @Test
    void duty_on_time_is_linear_between_the_thresholds_and_links_to_the_branch_compliance() {
        // 15/20 = 0.75: (0.75 - 0.6) / (0.95 - 0.6) * 10 = 4.29 → 4.3
        Outcome o = run(Formula.DUTY_ON_TIME, plain());
        assertThat(o.score()).isEqualTo(4.3);
        assertThat(o.args()).containsExactly(15, 20);
        assertThat(o.link()).isEqualTo("calendar/compliance/7?year=2026");
        assertThat(Measures.evaluate(Formula.DUTY_ON_TIME, 0.5, 0.75, 12, plain())
                        .score())
                .isEqualTo(12.0);
        assertThat(Measures.evaluate(Formula.DUTY_ON_TIME, 0.8, 0.9, 12, plain())
                        .score())
                .isZero();
    }

    @Test
    void nothing_due_yet_scores_full_and_says_so() {
        Outcome o = run(
                Formula.DUTY_ON_TIME,
                facts(0, 0, List.of(), List.of(), 1, 1, 60, 0, 0, 0, 0, 0, true, false, null, null, null));
        assertThat(o.score()).isEqualTo(10.0);
        assertThat(o.textKey()).isEqualTo("assessment.evidence.nothingDue");
    }

    @Test
    void committee_and_size_rules_pass_or_fail_and_name_the_problems() {
        assertThat(run(Formula.COMMITTEE_VALID, plain()).score()).isEqualTo(10.0);
        BranchFacts broken = facts(
                20,
                15,
                List.of("TERM_OVERDUE"),
                List.of("TOO_LARGE"),
                10,
                6,
                75,
                2,
                1,
                4,
                3,
                3,
                true,
                true,
                null,
                null,
                null);
        Outcome committee = run(Formula.COMMITTEE_VALID, broken);
        assertThat(committee.score()).isZero();
        assertThat(committee.evidenceText()).isEqualTo("assessment.evidence.rulesBroken|TERM_OVERDUE");
        assertThat(run(Formula.BRANCH_SIZE, broken).score()).isZero();
        assertThat(run(Formula.BRANCH_SIZE, plain()).link()).isEqualTo("branches/7");
    }

    @Test
    void points_formulas_read_the_share_in_band_good_and_the_average() {
        // 6/10 = 0.6: (0.6 - 0.5) / 0.4 * 10 = 2.5
        assertThat(run(Formula.MEMBERS_GOOD_SHARE, plain()).score()).isEqualTo(2.5);
        // (75 - 60) / 30 * 10 = 5
        assertThat(run(Formula.AVERAGE_POINTS, plain()).score()).isEqualTo(5.0);
        BranchFacts empty = facts(0, 0, List.of(), List.of(), 0, 0, 0, 0, 0, 0, 0, 0, true, false, null, null, null);
        assertThat(run(Formula.MEMBERS_GOOD_SHARE, empty).score()).isZero();
    }

    @Test
    void pairing_formulas_score_alive_share_goals_met_and_joint_events() {
        assertThat(run(Formula.PAIRING_ALIVE, plain()).score()).isEqualTo(5.0);
        assertThat(run(Formula.PAIRING_GOALS_MET, plain()).score()).isEqualTo(7.5);
        // 3 events of 4 for full marks
        assertThat(run(Formula.JOINT_EVENTS, plain()).score()).isEqualTo(7.5);
        BranchFacts none = facts(0, 0, List.of(), List.of(), 1, 1, 60, 0, 0, 0, 0, 0, true, false, null, null, null);
        assertThat(run(Formula.PAIRING_ALIVE, none).score()).isZero();
        assertThat(run(Formula.PAIRING_GOALS_MET, none).score()).isZero();
    }

    @Test
    void joint_events_come_from_co_construction_facts_when_the_pairing_feature_provides_them() {
        BranchFacts f = facts(
                0,
                0,
                List.of(),
                List.of(),
                1,
                1,
                60,
                0,
                0,
                0,
                0,
                1,
                true,
                false,
                null,
                null,
                new CoConstructionFacts.Joint(5, 40, 0, 0, 0, 0));
        assertThat(run(Formula.JOINT_EVENTS, f).args()).containsExactly(5);
        assertThat(run(Formula.JOINT_EVENTS, f).score()).isEqualTo(10.0);
    }

    @Test
    void dual_leader_needs_a_secretary_who_heads_a_department_or_is_key_staff() {
        assertThat(run(Formula.DUAL_LEADER, plain()).score()).isEqualTo(10.0);
        BranchFacts not = facts(0, 0, List.of(), List.of(), 1, 1, 60, 0, 0, 0, 0, 0, true, false, null, null, null);
        assertThat(run(Formula.DUAL_LEADER, not).textKey()).isEqualTo("assessment.evidence.dualNo");
        BranchFacts none = facts(0, 0, List.of(), List.of(), 1, 1, 60, 0, 0, 0, 0, 0, false, false, null, null, null);
        assertThat(run(Formula.DUAL_LEADER, none).textKey()).isEqualTo("assessment.evidence.noSecretary");
    }

    @Test
    void follow_up_and_needs_score_zero_with_a_visible_reason_when_no_feature_provides_them() {
        for (Formula f : List.of(Formula.KEY_TASKS_ON_TIME, Formula.BRAND_MONTHS, Formula.NEEDS_SATISFIED)) {
            Outcome o = run(f, plain());
            assertThat(o.score()).isZero();
            assertThat(o.textKey()).isEqualTo("assessment.evidence.noSource");
        }
    }

    @Test
    void follow_up_and_needs_use_the_facts_when_present() {
        BranchFacts f = facts(
                0,
                0,
                List.of(),
                List.of(),
                1,
                1,
                60,
                0,
                0,
                0,
                0,
                0,
                true,
                false,
                new FollowUpFacts.Assignments(4, 3, 3, 1),
                5,
                new CoConstructionFacts.Joint(0, 0, 10, 8, 6, 5));
        // 3/4 = 0.75: (0.75 - 0.5) / 0.5 * 10 = 5
        assertThat(run(Formula.KEY_TASKS_ON_TIME, f).score()).isEqualTo(5.0);
        assertThat(run(Formula.BRAND_MONTHS, f).score()).isEqualTo(5.0);
        assertThat(run(Formula.NEEDS_SATISFIED, f).score()).isEqualTo(5.0);
        assertThat(run(Formula.NEEDS_SATISFIED, f).args()).containsExactly(8, 5, 10);
    }

    @Test
    void linear_clamps_and_handles_pass_fail_thresholds() {
        assertThat(Measures.linear(-1, 0, 1, 8)).isZero();
        assertThat(Measures.linear(2, 0, 1, 8)).isEqualTo(8.0);
        assertThat(Measures.linear(1, 1, 1, 8)).isEqualTo(8.0);
        assertThat(Measures.linear(0.99, 1, 1, 8)).isZero();
    }

    @Test
    void branch_honours_of_last_year_score_points_each_up_to_the_maximum() {
        // plain() has 2 honours: 3 points each is 6, capped by the maximum 5; 2 points each is 4.
        Outcome capped = Measures.evaluate(Formula.BRANCH_HONOURS, 3, 0, 5, plain());
        assertThat(capped.score()).isEqualTo(5.0);
        assertThat(capped.args()).containsExactly(2, 2025);
        assertThat(Measures.evaluate(Formula.BRANCH_HONOURS, 2, 0, 5, plain()).score())
                .isEqualTo(4.0);
        assertThat(Formula.BRANCH_HONOURS.perUnit()).isTrue();
        assertThat(Formula.BRANCH_HONOURS.linear()).isFalse();
    }
}
