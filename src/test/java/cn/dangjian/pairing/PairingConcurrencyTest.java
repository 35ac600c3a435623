package cn.dangjian.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.BusinessException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
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

/** Two administrators activating twin pairings at the same instant: one wins, the other is refused. */
@IntegrationTest
class PairingConcurrencyTest {

    @Autowired
    PairingEditService edits;

    @Autowired
    PairingLifecycleService lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void twins_activated_at_once_leave_exactly_one_live_pairing() throws Exception {
        PairingFixtures fx = new PairingFixtures(edits, lifecycle, jdbc, users);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                LocalDate start = PairingFixtures.freshStart();
                // The same two parties, once each way round, with the same term.
                Long first = fx.as(
                        Demo.ADMIN,
                        () -> edits.save(
                                PairingFixtures.form(
                                        fx.branch("F01"), fx.branch("C05"), "并发共建甲-" + System.nanoTime(), start),
                                null));
                Long second = fx.as(
                        Demo.ADMIN,
                        () -> edits.save(
                                PairingFixtures.form(
                                        fx.branch("C05"), fx.branch("F01"), "并发共建乙-" + System.nanoTime(), start),
                                null));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (Long id : List.of(first, second)) {
                    long version = fx.version(id);
                    outcomes.add(pool.submit(() -> {
                        together.await();
                        try {
                            fx.as(Demo.ADMIN, () -> lifecycle.activate(id, version));
                            return "activated";
                        } catch (BusinessException e) {
                            return e.getMessageKey();
                        }
                    }));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> f : outcomes) {
                    results.add(f.get());
                }
                assertThat(results).as("round %d", round).containsExactlyInAnyOrder("activated", "pairing.duplicate");
                assertThat(jdbc.queryForObject(
                                "select count(*) from pairing where id in (?, ?) and status = 'ACTIVE'",
                                Integer.class,
                                first,
                                second))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
