package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Verification recomputes each member's totals, the score histograms and the cap usage counters from the ledger
 * and names every one that disagrees. Each test changes one stored number and puts it back.
 */
@IntegrationTest
class LedgerTotalsVerificationTest {

    @Autowired
    LedgerVerificationService verification;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private long member(PointsTestSupport t) {
        return t.membersOf("C11").get(2);
    }

    @Test
    void a_changed_period_total_is_reported_with_stored_and_recomputed_values() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = member(t);
        Map<String, Object> row = jdbc.queryForMap(
                "select period, net from points_total where member_id = ? order by period desc limit 1", member);
        int period = ((Number) row.get("period")).intValue();
        int net = ((Number) row.get("net")).intValue();
        jdbc.update("update points_total set net = net + 7 where member_id = ? and period = ?", member, period);
        try {
            Verification v = t.as(Demo.ADMIN, () -> verification.verifyMember(member));
            assertThat(v.brokenCount()).isZero();
            assertThat(v.mismatches())
                    .containsExactly(new Verification.Mismatch("points_total", member + "/" + period, net + 7, net));
        } finally {
            jdbc.update("update points_total set net = net - 7 where member_id = ? and period = ?", member, period);
        }
        assertThat(t.as(Demo.ADMIN, () -> verification.verifyMember(member)).intact())
                .isTrue();
    }

    @Test
    void a_changed_usage_counter_is_reported() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = member(t);
        Map<String, Object> row = jdbc.queryForMap(
                "select rule_id, period, points from points_usage where member_id = ? order by period desc limit 1",
                member);
        long rule = ((Number) row.get("rule_id")).longValue();
        int period = ((Number) row.get("period")).intValue();
        int points = ((Number) row.get("points")).intValue();
        jdbc.update(
                "update points_usage set points = 0 where member_id = ? and rule_id = ? and period = ?",
                member,
                rule,
                period);
        try {
            Verification v = t.as(Demo.ADMIN, () -> verification.verifyMember(member));
            assertThat(v.mismatches())
                    .containsExactly(
                            new Verification.Mismatch("points_usage", member + "/" + rule + "/" + period, 0, points));
        } finally {
            jdbc.update(
                    "update points_usage set points = ? where member_id = ? and rule_id = ? and period = ?",
                    points,
                    member,
                    rule,
                    period);
        }
        assertThat(t.as(Demo.ADMIN, () -> verification.verifyMember(member)).intact())
                .isTrue();
    }

    /** The full run: the histogram bucket is reported, the run is stored as BROKEN and a security event is logged. */
    @Test
    void a_changed_histogram_bucket_is_reported_stored_and_logged() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        Map<String, Object> row = jdbc.queryForMap("""
                select scope_id, period, net, members from points_histogram where scope_id = 0 and members > 0
                order by period desc, net limit 1""");
        long scope = ((Number) row.get("scope_id")).longValue();
        int period = ((Number) row.get("period")).intValue();
        int net = ((Number) row.get("net")).intValue();
        int members = ((Number) row.get("members")).intValue();
        int events =
                jdbc.queryForObject("select count(*) from audit_log where action = 'LEDGER_BROKEN'", Integer.class);
        jdbc.update(
                "update points_histogram set members = members + 3 where scope_id = ? and period = ? and net = ?",
                scope,
                period,
                net);
        Verification v;
        try {
            v = t.as(Demo.ADMIN, () -> verification.verify());
        } finally {
            jdbc.update(
                    "update points_histogram set members = members - 3 where scope_id = ? and period = ? and net = ?",
                    scope,
                    period,
                    net);
        }
        assertThat(v.mismatches())
                .contains(new Verification.Mismatch(
                        "points_histogram", scope + "/" + period + "/" + net, members + 3, members));
        assertThat(v.brokenCount()).isZero();
        VerificationRun run = t.as(Demo.ADMIN, () -> verification.recentRuns(1)).get(0);
        assertThat(run.status()).isEqualTo("BROKEN");
        assertThat(run.trigger()).isEqualTo(VerificationRun.Trigger.USER);
        assertThat(run.startedBy()).isEqualTo(Demo.ADMIN);
        assertThat(run.mismatches()).isEqualTo(v.mismatchCount());
        assertThat(run.summary()).contains("points_histogram " + scope + "/" + period + "/" + net);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'LEDGER_BROKEN'", Integer.class))
                .isEqualTo(events + 1);
    }

    @Test
    void mismatches_are_listed_up_to_a_readable_number_and_counted_in_full() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = member(t);
        int rows = jdbc.update("update points_usage set points = points + 1 where member_id = ?", member);
        try {
            Verification v = t.as(Demo.ADMIN, () -> verification.verifyMember(member));
            assertThat(rows).isGreaterThan(Verification.LISTED);
            assertThat(v.mismatchCount()).isEqualTo(rows);
            assertThat(v.mismatches()).hasSize(Verification.LISTED);
            assertThat(v.summary()).contains((rows - Verification.LISTED) + " more mismatches");
        } finally {
            jdbc.update("update points_usage set points = points - 1 where member_id = ?", member);
        }
    }
}
