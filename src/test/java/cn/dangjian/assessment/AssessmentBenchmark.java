package cn.dangjian.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computing every automatic indicator of every sheet of this year's demo campaign (25 branches): one reading of
 * the records (compliance heatmap, points evaluation, organisation summaries, pairings, held joint events, 双培养)
 * and 25 × 12 formulas, written to the scores; rolled back so the demo data stays. Not part of the normal run:
 * {@code ./mvnw -o test -Pbenchmark -Dtest=AssessmentBenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class AssessmentBenchmark {

    @Autowired
    UserDetailsService users;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    SheetRepository sheets;

    @Autowired
    SheetComputer computer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void computing_every_automatic_indicator_for_25_branches() {
        List<Long> millis = new ArrayList<>();
        SignedIn.run(users, Demo.ADMIN, () -> {
            Campaign c = campaigns.findByYear(LocalDate.now(clock).getYear()).orElseThrow();
            for (int run = 0; run < 7; run++) {
                transactions.executeWithoutResult(status -> {
                    List<Sheet> all = sheets.findByCampaignId(c.getId());
                    assertThat(all).hasSize(25);
                    long start = System.nanoTime();
                    computer.compute(c, all);
                    sheets.flush();
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    status.setRollbackOnly();
                });
            }
        });
        List<Long> measured = new ArrayList<>(millis.subList(2, millis.size())); // two warm-up runs
        Collections.sort(measured);
        System.out.printf(
                "BENCH assessment 25 branches: runs %s ms, median %d ms, max %d ms%n",
                millis, measured.get(measured.size() / 2), measured.get(measured.size() - 1));
        assertThat(measured.get(measured.size() / 2)).isLessThan(2000);
    }
}
