package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Tampering with a ledger row in the database is detected, and the first broken link is named. */
@IntegrationTest
class LedgerChainTest {

    @Autowired
    PointsLedgerService ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void the_demo_ledger_verifies_intact() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        Verification v = t.as(Demo.ADMIN, () -> ledger.verify());
        assertThat(v.intact()).as("%s", v).isTrue();
        assertThat(v.entriesChecked()).isGreaterThan(10_000);
    }

    @Test
    void changing_an_entrys_points_is_detected_at_that_entry() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(1);
        LocalDate today = LocalDate.now(clock);
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "a"));
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 6, today, "b"));
        long first = jdbc.queryForObject("select max(id) from points_entry where member_id = ? and reason = 'a'", Long.class,
                member);
        assertThat(t.as(Demo.ADMIN, () -> ledger.verifyMember(member)).intact()).isTrue();
        jdbc.update("update points_entry set points = 50 where id = ?", first);
        try {
            Verification v = t.as(Demo.ADMIN, () -> ledger.verifyMember(member));
            assertThat(v.intact()).isFalse();
            assertThat(v.entryId()).isEqualTo(first);
            assertThat(v.problem()).isEqualTo("HASH_MISMATCH");
            assertThat(t.as(Demo.ADMIN, () -> ledger.verify()).intact()).isFalse();
        } finally {
            jdbc.update("update points_entry set points = 5 where id = ?", first);
        }
        assertThat(t.as(Demo.ADMIN, () -> ledger.verifyMember(member)).intact()).isTrue();
    }

    @Test
    void rewriting_a_hash_breaks_the_link_to_the_next_entry() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(2);
        LocalDate today = LocalDate.now(clock);
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "x"));
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "y"));
        long x = jdbc.queryForObject("select max(id) from points_entry where member_id = ? and reason = 'x'", Long.class,
                member);
        long y = jdbc.queryForObject("select max(id) from points_entry where member_id = ? and reason = 'y'", Long.class,
                member);
        String original = jdbc.queryForObject("select hash from points_entry where id = ?", String.class, x);
        // A forger who changes a row and recomputes its own hash still breaks the next entry's link.
        String forged = LedgerHash.of(member, 0, 0, 0, 0, today, "X", null, null, null, "x", null, LedgerHash.GENESIS);
        jdbc.update("update points_entry set hash = ? where id = ?", forged, x);
        try {
            Verification v = t.as(Demo.ADMIN, () -> ledger.verifyMember(member));
            assertThat(v.intact()).isFalse();
            assertThat(v.entryId()).isIn(x, y);
        } finally {
            jdbc.update("update points_entry set hash = ? where id = ?", original, x);
        }
    }

    @Test
    void a_deleted_newest_entry_is_detected() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(3);
        LocalDate today = LocalDate.now(clock);
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "z"));
        java.util.Map<String, Object> row = jdbc.queryForMap("select * from points_entry where member_id = ? and reason = 'z'",
                member);
        jdbc.update("delete from points_entry where id = ?", row.get("id"));
        try {
            Verification v = t.as(Demo.ADMIN, () -> ledger.verifyMember(member));
            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).isEqualTo("TAIL_MISSING");
        } finally {
            jdbc.update("""
                    insert into points_entry (id, member_id, branch_id, rule_id, points, entry_date, source_type, source_id,
                      reverses_id, reason, recorded_by, approved_by, seq, prev_hash, hash, version, created_by, created_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, now(6))""", row.get("id"), row.get("member_id"),
                    row.get("branch_id"), row.get("rule_id"), row.get("points"), row.get("entry_date"), row.get("source_type"),
                    row.get("source_id"), row.get("reverses_id"), row.get("reason"), row.get("recorded_by"),
                    row.get("approved_by"), row.get("seq"), row.get("prev_hash"), row.get("hash"), row.get("created_by"));
        }
        assertThat(t.as(Demo.ADMIN, () -> ledger.verifyMember(member)).intact()).isTrue();
    }
}
