package cn.dangjian.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with a ledger row in the database is detected, and the first broken link is named; the chain is keyed,
 * so someone with only database access cannot recompute the seals; rotated keys keep old entries verifiable.
 */
@IntegrationTest
class LedgerChainTest {

    @Autowired
    PointsLedgerService ledger;

    @Autowired
    LedgerVerificationService verification;

    @Autowired
    LegacyReseal reseal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    Environment env;

    @Autowired
    TransactionTemplate tx;

    private Verification.Broken broken(PointsTestSupport t, long member) {
        Verification v = t.as(Demo.ADMIN, () -> verification.verifyMember(member));
        assertThat(v.intact()).as("%s", v).isFalse();
        assertThat(v.brokenCount()).isEqualTo(1);
        return v.broken().get(0);
    }

    private boolean intact(PointsTestSupport t, long member) {
        return t.as(Demo.ADMIN, () -> verification.verifyMember(member)).intact();
    }

    private long entry(long member, String reason) {
        return jdbc.queryForObject(
                "select max(id) from points_entry where member_id = ? and reason = ?", Long.class, member, reason);
    }

    @Test
    void the_demo_ledger_verifies_intact_with_its_totals_histograms_and_counters() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        Verification v = t.as(Demo.ADMIN, () -> verification.verify());
        assertThat(v.intact()).as("%s", v.summary()).isTrue();
        assertThat(v.entriesChecked()).isGreaterThan(10_000);
        assertThat(v.membersChecked()).isGreaterThan(500);
        System.out.printf(
                "LEDGER VERIFY demo: %d members, %d entries, %d ms%n",
                v.membersChecked(), v.entriesChecked(), v.millis());
    }

    @Test
    void changing_an_entrys_points_is_detected_at_that_entry() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(1);
        LocalDate today = LocalDate.now(clock);
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "a"));
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 6, today, "b"));
        long first = entry(member, "a");
        assertThat(intact(t, member)).isTrue();
        jdbc.update("update points_entry set points = 50 where id = ?", first);
        try {
            Verification.Broken b = broken(t, member);
            assertThat(b.entryId()).isEqualTo(first);
            assertThat(b.problem()).isEqualTo("HASH_MISMATCH");
        } finally {
            jdbc.update("update points_entry set points = 5 where id = ?", first);
        }
        assertThat(intact(t, member)).isTrue();
    }

    @Test
    void rewriting_a_hash_breaks_the_link_to_the_next_entry() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(2);
        LocalDate today = LocalDate.now(clock);
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "x"));
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "y"));
        long x = entry(member, "x");
        long y = entry(member, "y");
        String original = jdbc.queryForObject("select hash from points_entry where id = ?", String.class, x);
        String forged =
                LedgerHash.sha256(member, 0, 0, 0, 0, today, "X", null, null, null, "x", null, LedgerHash.GENESIS);
        jdbc.update("update points_entry set hash = ? where id = ?", forged, x);
        try {
            assertThat(broken(t, member).entryId()).isIn(x, y);
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
        Map<String, Object> row =
                jdbc.queryForMap("select * from points_entry where member_id = ? and reason = 'z'", member);
        jdbc.update("delete from points_entry where id = ?", row.get("id"));
        try {
            assertThat(broken(t, member).problem()).isEqualTo("TAIL_MISSING");
        } finally {
            jdbc.update(
                    """
                    insert into points_entry (id, member_id, branch_id, rule_id, points, entry_date, source_type, source_id,
                      reverses_id, reason, recorded_by, approved_by, seq, prev_hash, hash, key_id, version, created_by,
                      created_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, now(6))""",
                    row.get("id"),
                    row.get("member_id"),
                    row.get("branch_id"),
                    row.get("rule_id"),
                    row.get("points"),
                    row.get("entry_date"),
                    row.get("source_type"),
                    row.get("source_id"),
                    row.get("reverses_id"),
                    row.get("reason"),
                    row.get("recorded_by"),
                    row.get("approved_by"),
                    row.get("seq"),
                    row.get("prev_hash"),
                    row.get("hash"),
                    row.get("key_id"),
                    row.get("created_by"));
        }
        assertThat(intact(t, member)).isTrue();
    }

    /** The attack the plain SHA-256 chain could not see: rewrite an entry, recompute every seal after it. */
    @Test
    void rewriting_an_entry_and_recomputing_plain_sha256_of_it_and_its_successors_is_detected() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(4);
        LocalDate today = LocalDate.now(clock);
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "forge-1"));
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "forge-2"));
        t.run(Demo.ADMIN, () -> ledger.award(member, t.ruleId("HONOUR"), 5, today, "forge-3"));
        long target = entry(member, "forge-1");
        int seq = jdbc.queryForObject("select seq from points_entry where id = ?", Integer.class, target);
        ChainSnapshot snapshot = new ChainSnapshot(jdbc, member);
        try {
            jdbc.update("update points_entry set points = 10 where id = ?", target);
            snapshot.resealPlain(seq, false);
            Verification.Broken b = broken(t, member);
            assertThat(b.entryId()).isEqualTo(target);
            assertThat(b.problem()).isEqualTo("HASH_MISMATCH");
            // Claiming the rows were written before keys existed does not help either.
            snapshot.resealPlain(seq, true);
            b = broken(t, member);
            assertThat(b.entryId()).isEqualTo(target);
            assertThat(b.problem()).isEqualTo("UNSEALED");
        } finally {
            snapshot.restore();
        }
        assertThat(intact(t, member)).isTrue();
    }

    @Test
    void entries_sealed_under_an_old_key_and_the_current_key_both_verify() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(5);
        long branch = jdbc.queryForObject("select branch_id from party_member where id = ?", Long.class, member);
        LocalDate today = LocalDate.now(clock);
        long rule = t.ruleId("HONOUR");
        // Before the rotation: t1 was the current key (the test profile lists t1 and t2, t2 current).
        ChainKeys beforeRotation = new ChainKeys(
                List.of("t1:test-ledger-key-one-not-a-secret-0001", "t2:test-ledger-key-two-not-a-secret-0002"),
                "t1",
                env);
        Ledger oldLedger = new Ledger(jdbc, beforeRotation);
        tx.executeWithoutResult(s -> oldLedger.append(new Award(
                member,
                branch,
                rule,
                5,
                today,
                SourceType.IMPORT,
                null,
                null,
                "old-key",
                "admin",
                "admin",
                false,
                null,
                null,
                null)));
        t.run(Demo.ADMIN, () -> ledger.award(member, rule, 5, today, "new-key"));
        assertThat(jdbc.queryForObject(
                        "select key_id from points_entry where id = ?", String.class, entry(member, "old-key")))
                .isEqualTo("t1");
        assertThat(jdbc.queryForObject(
                        "select key_id from points_entry where id = ?", String.class, entry(member, "new-key")))
                .isEqualTo("t2");
        assertThat(intact(t, member)).isTrue();
        // An old key taken out of the configuration leaves its entries unverifiable, and says so.
        ChainKeys withoutT1 = new ChainKeys(List.of("t2:test-ledger-key-two-not-a-secret-0002"), "t2", env);
        Verification v = new LedgerVerifier(jdbc, withoutT1).verifyMember(member);
        assertThat(v.firstBroken()).isNotNull();
        assertThat(v.firstBroken().problem()).isEqualTo("UNKNOWN_KEY");
        assertThat(v.firstBroken().entryId()).isEqualTo(entry(member, "old-key"));
    }

    @Test
    void entries_written_before_keys_are_resealed_once_if_their_old_chain_verifies() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(6);
        ChainSnapshot snapshot = new ChainSnapshot(jdbc, member);
        try {
            // The state the migration finds: plain SHA-256 seals, no key id, the member listed for resealing.
            snapshot.resealPlain(1, true);
            assertThat(broken(t, member).problem()).isEqualTo("UNSEALED");
            jdbc.update("insert into points_chain_reseal (member_id) values (?)", member);
            assertThat(reseal.resealListed()).isEqualTo(snapshot.entries().size());
            assertThat(intact(t, member)).isTrue();
            assertThat(jdbc.queryForList(
                            "select distinct key_id from points_entry where member_id = ?", String.class, member))
                    .containsExactly("t2");
            assertThat(jdbc.queryForObject(
                            "select count(*) from points_chain_reseal where member_id = ?", Integer.class, member))
                    .isZero();
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_log where action = 'LEDGER_RESEALED'""", Integer.class)).isPositive();
        } finally {
            snapshot.restore();
        }
        assertThat(intact(t, member)).isTrue();
    }

    @Test
    void an_old_chain_already_broken_is_not_resealed() {
        PointsTestSupport t = new PointsTestSupport(users, jdbc);
        long member = t.membersOf("F02").get(7);
        ChainSnapshot snapshot = new ChainSnapshot(jdbc, member);
        long first = snapshot.entries().get(0).id();
        try {
            snapshot.resealPlain(1, true);
            jdbc.update("update points_entry set points = points + 1 where id = ?", first);
            jdbc.update("insert into points_chain_reseal (member_id) values (?)", member);
            reseal.resealListed();
            Verification.Broken b = broken(t, member);
            assertThat(b.problem()).isEqualTo("UNSEALED");
            assertThat(jdbc.queryForObject(
                            "select count(*) from points_entry where member_id = ? and key_id is not null",
                            Integer.class,
                            member))
                    .isZero();
        } finally {
            jdbc.update("delete from points_chain_reseal where member_id = ?", member);
            snapshot.restore();
        }
        assertThat(intact(t, member)).isTrue();
    }
}
