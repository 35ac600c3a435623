package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerSuggestionRuleTest {

    private static PartnerSuggestionRule.Candidate c(String code, int live, long members, boolean before) {
        return new PartnerSuggestionRule.Candidate(code.hashCode(), code, code + "支部", live, members, before);
    }

    @Test
    void the_branch_with_fewest_live_pairings_comes_first() {
        var s = PartnerSuggestionRule.suggest(
                List.of(c("F02", 3, 40, false), c("F04", 1, 10, false), c("F03", 2, 60, false)));
        assertThat(s).extracting(x -> x.candidate().code()).containsExactly("F04", "F03", "F02");
        assertThat(s.get(0).reasons().get(0).key()).isEqualTo("pairing.suggest.reason.fewest");
        assertThat(s.get(1).reasons().get(0).key()).isEqualTo("pairing.suggest.reason.load");
    }

    @Test
    void among_equals_a_former_partner_then_the_larger_branch_wins() {
        var s = PartnerSuggestionRule.suggest(
                List.of(c("F01", 1, 24, false), c("F05", 1, 12, true), c("F04", 1, 30, false)));
        assertThat(s).extracting(x -> x.candidate().code()).containsExactly("F05", "F04", "F01");
        assertThat(s.get(0).reasons())
                .extracting(PartnerSuggestionRule.Reason::key)
                .containsExactly(
                        "pairing.suggest.reason.fewest",
                        "pairing.suggest.reason.before",
                        "pairing.suggest.reason.members");
        assertThat(s.get(1).reasons())
                .extracting(PartnerSuggestionRule.Reason::key)
                .doesNotContain("pairing.suggest.reason.before");
    }

    @Test
    void at_most_three_suggestions_and_none_without_candidates() {
        var five = List.of(
                c("F01", 0, 1, false),
                c("F02", 0, 2, false),
                c("F03", 0, 3, false),
                c("F04", 0, 4, false),
                c("F05", 0, 5, false));
        assertThat(PartnerSuggestionRule.suggest(five)).hasSize(PartnerSuggestionRule.MAX_SUGGESTIONS);
        assertThat(PartnerSuggestionRule.suggest(List.of())).isEmpty();
    }

    @Test
    void reasons_carry_the_numbers_they_speak_of() {
        var s = PartnerSuggestionRule.suggest(List.of(c("F02", 2, 22, false)));
        assertThat(s.get(0).reasons().get(0).args()).containsExactly(2);
        assertThat(s.get(0).reasons().get(1).args()).containsExactly(22L);
    }
}
