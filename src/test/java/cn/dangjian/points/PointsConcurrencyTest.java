package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 16 threads × 1,000 awards against one member and one capped rule, on the real MariaDB. */
@IntegrationTest
class PointsConcurrencyTest {

    static final int THREADS = 16;
    static final int AWARDS = 1_000;
    static final int CAP = 5_000;

    @Autowired
    PointsLedgerService ledger;

    @Autowired
    LedgerVerificationService verification;

    @Autowired
    PointsRulesService rules;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void concurrent_awards_never_exceed_the_cap_and_lose_nothing() throws Exception {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        PointsRule rule = new PointsRule();
        rule.setCode("CONCURRENCY_TEST");
        rule.setName("并发测试");
        rule.setCategory(RuleCategory.VOLUNTEER);
        rule.setPoints(1);
        rule.setMinPoints(1);
        rule.setMaxPoints(1);
        rule.setCapYear(CAP);
        long ruleId = t.as(Demo.ADMIN, () -> rules.saveRule(rule)).getId();
        long member = t.membersOf("T02").get(0);
        LocalDate today = LocalDate.now(clock);
        int netBefore = t.yearNet(member, today.getYear());
        int entriesBefore =
                jdbc.queryForObject("select count(*) from points_entry where member_id = ?", Integer.class, member);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return t.as(Demo.ADMIN, () -> {
                    int granted = 0;
                    for (int k = 0; k < AWARDS; k++) {
                        granted += ledger.award(member, ruleId, 1, today, null);
                    }
                    return granted;
                });
            }));
        }
        start.countDown();
        int granted = 0;
        for (Future<Integer> f : futures) {
            granted += f.get();
        }
        pool.shutdown();

        assertThat(granted).isEqualTo(CAP);
        assertThat(jdbc.queryForObject(
                        "select coalesce(sum(points), 0) from points_entry where member_id = ? and rule_id = ?",
                        Integer.class,
                        member,
                        ruleId))
                .isEqualTo(CAP);
        assertThat(jdbc.queryForObject(
                        "select count(*) from points_entry where member_id = ? and rule_id = ?",
                        Integer.class,
                        member,
                        ruleId))
                .isEqualTo(CAP);
        int entriesAfter =
                jdbc.queryForObject("select count(*) from points_entry where member_id = ?", Integer.class, member);
        assertThat(entriesAfter - entriesBefore).isEqualTo(CAP);
        // The chain has no gaps or duplicates: seq runs 1..n.
        assertThat(jdbc.queryForObject("select max(seq) from points_entry where member_id = ?", Integer.class, member))
                .isEqualTo(entriesAfter);
        assertThat(t.yearNet(member, today.getYear())).isEqualTo(netBefore + CAP);
        // The usage counter the cap reads says what the ledger says.
        assertThat(jdbc.queryForObject(
                        "select points from points_usage where member_id = ? and rule_id = ? and period = ?",
                        Integer.class,
                        member,
                        ruleId,
                        Caps.usagePeriods(today)[2]))
                .isEqualTo(CAP);
        assertThat(t.as(Demo.ADMIN, () -> verification.verifyMember(member)).intact())
                .isTrue();
    }
}
