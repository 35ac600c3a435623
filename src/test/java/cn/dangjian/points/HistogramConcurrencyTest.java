package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events recorded at the same time award several members each, and every award moves the member between the
 * hospital-wide histogram buckets that all members share. Found by the load test: two such transactions locked
 * the shared buckets in different orders and one died of a deadlock (1213). Here 4 threads × 15 transactions of
 * 6 members each (in ascending id, as events award) run without retry on the real MariaDB: none may fail, and
 * the ledger verification (histograms included) must find nothing wrong.
 */
@IntegrationTest
class HistogramConcurrencyTest {

    static final int THREADS = 4;
    static final int TRANSACTIONS = 15;
    static final int MEMBERS_EACH = 6;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerVerificationService verification;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void events_recorded_at_once_never_deadlock_on_the_shared_histogram() throws Exception {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long ruleId = t.ruleId("HONOUR");
        List<Long> pool = new ArrayList<>(t.membersOf("T03"));
        pool.addAll(t.membersOf("T04"));
        assertThat(pool).hasSizeGreaterThan(MEMBERS_EACH * 2);
        LocalDate today = LocalDate.now(clock);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long seed = i;
            futures.add(threads.submit(() -> {
                Random random = new Random(seed);
                start.await();
                int appended = 0;
                for (int k = 0; k < TRANSACTIONS; k++) {
                    List<Long> members = new ArrayList<>(pool);
                    Collections.shuffle(members, random);
                    List<Long> event = new ArrayList<>(members.subList(0, MEMBERS_EACH));
                    Collections.sort(event);
                    appended += tx.execute(s -> {
                        int n = 0;
                        for (long member : event) {
                            Long branch = jdbc.queryForObject(
                                    "select branch_id from party_member where id = ?", Long.class, member);
                            n += ledger.append(award(ruleId, member, branch, today))
                                                    .granted()
                                            > 0
                                    ? 1
                                    : 0;
                        }
                        return n;
                    });
                }
                return appended;
            }));
        }
        start.countDown();
        int appended = 0;
        for (Future<Integer> f : futures) {
            appended += f.get(); // a deadlock surfaces here as the thread's exception
        }
        threads.shutdown();

        assertThat(appended).isEqualTo(THREADS * TRANSACTIONS * MEMBERS_EACH);
        Verification v = t.as(Demo.ADMIN, () -> verification.verify());
        assertThat(v.broken()).isEmpty();
        assertThat(v.mismatches()).isEmpty();
    }

    private static Award award(long ruleId, long member, long branch, LocalDate date) {
        return new Award(
                member,
                branch,
                ruleId,
                1,
                date,
                SourceType.IMPORT,
                null,
                null,
                "histogram test",
                "test",
                null,
                false,
                null,
                null,
                null);
    }
}
