package cn.dangjian.pairing.lists;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.BusinessException;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two functional branches claiming the same open need at the same instant, on the real MariaDB: two solo claims
 * leave exactly one claimant; two joint claims both join.
 */
@IntegrationTest
class NeedClaimConcurrencyTest {

    @Autowired
    NeedService needs;

    @Autowired
    NeedProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    private List<String> claimTogether(ListsFixtures fx, long needId, ClaimMode mode) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (String code : List.of("F02", "F04")) {
                long branch = fx.branch(code);
                outcomes.add(pool.submit(() -> {
                    together.await();
                    try {
                        fx.run("sec-" + code.toLowerCase(), () -> projects.claim(needId, branch, mode, null));
                        return "claimed";
                    } catch (BusinessException e) {
                        return e.getMessageKey();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private long openNeed(ListsFixtures fx, String title) {
        LocalDate wanted = LocalDate.now(clock).plusDays(5);
        return fx.as(
                "sec-c09",
                () -> needs.raise(ListsFixtures.need(title + System.nanoTime(), fx.branch("C09"), null, wanted)));
    }

    private int claimants(long needId) {
        return jdbc.queryForObject("select count(*) from pairing_need_claim where need_id = ?", Integer.class, needId);
    }

    @Test
    void two_solo_claims_at_once_leave_exactly_one() throws Exception {
        ListsFixtures fx = new ListsFixtures(jdbc, users);
        for (int round = 0; round < 5; round++) {
            long id = openNeed(fx, "并发单独认领-");
            assertThat(claimTogether(fx, id, ClaimMode.SOLO))
                    .as("round %d", round)
                    .containsExactlyInAnyOrder("claimed", "need.claimedSolo");
            assertThat(claimants(id)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select claim_mode from pairing_need where id = ?", String.class, id))
                    .isEqualTo("SOLO");
        }
    }

    @Test
    void two_joint_claims_at_once_both_join() throws Exception {
        ListsFixtures fx = new ListsFixtures(jdbc, users);
        for (int round = 0; round < 3; round++) {
            long id = openNeed(fx, "并发联合认领-");
            assertThat(claimTogether(fx, id, ClaimMode.JOINT))
                    .as("round %d", round)
                    .containsOnly("claimed");
            assertThat(claimants(id)).isEqualTo(2);
            assertThat(fx.status(id)).isEqualTo("IN_PROGRESS");
        }
    }
}
