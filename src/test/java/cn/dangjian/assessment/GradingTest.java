package cn.dangjian.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bands, stars with the 五星 quota, vetoes, ranks within peer groups, 标杆 candidates. */
class GradingTest {

    private static Map<Long, Grade> grade(List<Grading.Input> in, GradeSettings s) {
        return Grading.grade(in, s).stream().collect(Collectors.toMap(Grade::branchId, Function.identity()));
    }

    @Test
    void bands_follow_the_score_lines() {
        GradeSettings s = GradeSettings.defaults();
        assertThat(Grading.bandOf(90, s)).isEqualTo(GradeBand.EXCELLENT);
        assertThat(Grading.bandOf(89.9, s)).isEqualTo(GradeBand.GOOD);
        assertThat(Grading.bandOf(60, s)).isEqualTo(GradeBand.FAIR);
        assertThat(Grading.bandOf(59.9, s)).isEqualTo(GradeBand.POOR);
        assertThat(Grading.starsOf(95, s)).isEqualTo(5);
        assertThat(Grading.starsOf(75, s)).isEqualTo(3);
        assertThat(Grading.starsOf(10, s)).isEqualTo(1);
    }

    @Test
    void the_five_star_quota_keeps_five_stars_for_the_best_ten_percent() {
        List<Grading.Input> in = new ArrayList<>();
        for (long id = 1; id <= 25; id++) {
            in.add(new Grading.Input(id, PeerGroup.CLINICAL, 90 + id * 0.2, false)); // everyone ≥ 90
        }
        Map<Long, Grade> g = grade(in, GradeSettings.defaults());
        assertThat(g.values().stream().filter(x -> x.stars() == 5).map(Grade::branchId))
                .containsExactlyInAnyOrder(25L, 24L);
        assertThat(g.get(23L).stars()).isEqualTo(4);
        assertThat(g.get(23L).band()).isEqualTo(GradeBand.EXCELLENT);
        GradeSettings noQuota = new GradeSettings(90, 80, 60, 90, 80, 70, 60, 0, 2, 90, 7, false);
        assertThat(grade(in, noQuota).values().stream()
                        .filter(x -> x.stars() == 5)
                        .count())
                .isEqualTo(25);
    }

    @Test
    void a_veto_takes_away_excellent_and_five_stars_and_the_benchmark() {
        List<Grading.Input> in = List.of(
                new Grading.Input(1, PeerGroup.CLINICAL, 98, true),
                new Grading.Input(2, PeerGroup.CLINICAL, 91, false));
        Map<Long, Grade> g = grade(in, GradeSettings.defaults());
        assertThat(g.get(1L).band()).isEqualTo(GradeBand.GOOD);
        assertThat(g.get(1L).stars()).isEqualTo(4);
        assertThat(g.get(1L).benchmarkCandidate()).isFalse();
        assertThat(g.get(1L).peerRank()).isEqualTo(1);
        assertThat(g.get(2L).stars()).isEqualTo(5); // the quota slot goes to the best branch not vetoed
        assertThat(g.get(2L).benchmarkCandidate()).isTrue();
    }

    @Test
    void ranks_and_candidates_are_per_peer_group_with_ties_sharing_a_rank() {
        List<Grading.Input> in = List.of(
                new Grading.Input(1, PeerGroup.CLINICAL, 95, false),
                new Grading.Input(2, PeerGroup.CLINICAL, 95, false),
                new Grading.Input(3, PeerGroup.CLINICAL, 93, false),
                new Grading.Input(4, PeerGroup.FUNCTIONAL, 85, false),
                new Grading.Input(5, PeerGroup.FUNCTIONAL, 92, false));
        Map<Long, Grade> g = grade(in, GradeSettings.defaults());
        assertThat(g.get(1L).peerRank()).isEqualTo(1);
        assertThat(g.get(2L).peerRank()).isEqualTo(1);
        assertThat(g.get(3L).peerRank()).isEqualTo(3);
        assertThat(g.get(5L).peerRank()).isEqualTo(1);
        assertThat(g.get(4L).peerRank()).isEqualTo(2);
        // top 2 per group at 90 or more
        assertThat(g.get(1L).benchmarkCandidate()).isTrue();
        assertThat(g.get(2L).benchmarkCandidate()).isTrue();
        assertThat(g.get(3L).benchmarkCandidate()).isFalse();
        assertThat(g.get(5L).benchmarkCandidate()).isTrue();
        assertThat(g.get(4L).benchmarkCandidate()).isFalse();
    }
}
