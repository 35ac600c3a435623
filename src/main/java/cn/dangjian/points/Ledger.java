package cn.dangjian.points;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only ledger and everything kept in step with it, in the caller's transaction: the
 * member's hash chain, the per-period totals, the per-period score histograms and the per-rule usage
 * counters the caps read. The member's
 * chain-head row is locked first, so awards to one member are serialised (caps hold under
 * concurrency) while awards to different members never wait on each other. Every read after the
 * lock is a locking read: under REPEATABLE READ a plain SELECT would see the snapshot taken by the
 * caller's first read, possibly before the lock was granted, and caps would be exceeded.
 */
@Component
@NullMarked
class Ledger {

    /** The scope of the whole hospital in the histogram; branch scopes use the branch id. */
    static final long ALL = 0;

    private final JdbcTemplate jdbc;

    Ledger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Result(@Nullable Long entryId, int granted) {
    }

    /** Locks the member's chain head (creating it if needed) and returns it: {seq, last_hash}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> lockMember(long memberId) {
        // ON DUPLICATE KEY UPDATE takes the row's exclusive lock at once (INSERT IGNORE would take a shared
        // lock first, and two waiters upgrading their shared locks deadlock).
        jdbc.update("""
                insert into points_chain_head (member_id, seq, last_hash) values (?, 0, ?)
                on duplicate key update member_id = member_id""", memberId, LedgerHash.GENESIS);
        return jdbc.queryForMap("select seq, last_hash from points_chain_head where member_id = ? for update", memberId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Result append(Award a) {
        Map<String, Object> head = lockMember(a.memberId());
        int seq = ((Number) head.get("seq")).intValue() + 1;
        String prev = (String) head.get("last_hash");
        int granted = a.points();
        int[] usage = Caps.usagePeriods(a.date());
        if (a.capped() && (a.capDay() != null || a.capMonth() != null || a.capYear() != null)) {
            granted = capped(a, usage);
        }
        if (granted == 0) {
            return new Result(null, 0);
        }
        String hash = LedgerHash.of(a.memberId(), a.branchId(), seq, a.ruleId(), granted, a.date(),
                a.sourceType().name(), a.sourceId(), a.reversesId(), a.reason(), a.recordedBy(), a.approvedBy(), prev);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        final int points = granted;
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into points_entry (member_id, branch_id, rule_id, points, entry_date, source_type, source_id,
                      reverses_id, reason, recorded_by, approved_by, seq, prev_hash, hash, version, created_by, created_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, now(6))""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, a.memberId());
            ps.setLong(2, a.branchId());
            ps.setLong(3, a.ruleId());
            ps.setInt(4, points);
            ps.setObject(5, a.date());
            ps.setString(6, a.sourceType().name());
            ps.setObject(7, a.sourceId());
            ps.setObject(8, a.reversesId());
            ps.setString(9, a.reason());
            ps.setString(10, a.recordedBy());
            ps.setString(11, a.approvedBy());
            ps.setInt(12, seq);
            ps.setString(13, prev);
            ps.setString(14, hash);
            ps.setString(15, a.recordedBy());
            return ps;
        }, keys);
        jdbc.update("update points_chain_head set seq = ?, last_hash = ? where member_id = ?", seq, hash, a.memberId());
        applyToTotals(a.memberId(), a.branchId(), a.date(), granted);
        applyToUsage(a, usage, granted);
        return new Result(keys.getKey() == null ? null : keys.getKey().longValue(), granted);
    }

    /**
     * What the rule still grants, from the member's usage counters of the day, month and year (three
     * primary-key rows, locked: they are updated below).
     */
    private int capped(Award a, int[] usage) {
        int[] used = new int[3];
        jdbc.query("""
                select period, points from points_usage where member_id = ? and rule_id = ? and period in (?, ?, ?)
                for update""",
                rs -> {
                    int period = rs.getInt(1);
                    used[period == usage[0] ? 0 : period == usage[1] ? 1 : 2] = rs.getInt(2);
                }, a.memberId(), a.ruleId(), usage[0], usage[1], usage[2]);
        return Caps.grant(a.points(), a.capDay(), a.capMonth(), a.capYear(), used[0], used[1], used[2]);
    }

    /** Adds the points to the usage counters, capped rule or not: a cap added later counts what came before. */
    private void applyToUsage(Award a, int[] usage, int points) {
        jdbc.update("""
                insert into points_usage (member_id, rule_id, period, points) values (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?)
                on duplicate key update points = points + values(points)""",
                a.memberId(), a.ruleId(), usage[0], points, a.memberId(), a.ruleId(), usage[1], points,
                a.memberId(), a.ruleId(), usage[2], points);
    }

    /** Moves the member between histogram buckets of each period and adds the points to the totals. */
    private void applyToTotals(long memberId, long branchId, LocalDate date, int points) {
        int[] periods = Periods.of(date);
        Map<Integer, long[]> old = new HashMap<>();
        jdbc.query("""
                select period, net, branch_id from points_total where member_id = ? and period in (?, ?, ?)
                for update""",
                rs -> {
                    old.put(rs.getInt(1), new long[] {rs.getInt(2), rs.getLong(3)});
                }, memberId, periods[0], periods[1], periods[2]);
        StringJoiner totals = new StringJoiner(", ");
        List<Object> totalArgs = new ArrayList<>();
        StringJoiner buckets = new StringJoiner(", ");
        List<Object> bucketArgs = new ArrayList<>();
        for (int period : periods) {
            long[] before = old.get(period);
            long scopeBranch = before == null ? branchId : before[1];
            int oldNet = before == null ? 0 : (int) before[0];
            totals.add("(?, ?, ?, ?)");
            totalArgs.addAll(List.of(memberId, period, scopeBranch, points));
            if (before != null) {
                bucket(buckets, bucketArgs, ALL, period, oldNet, -1);
                bucket(buckets, bucketArgs, scopeBranch, period, oldNet, -1);
            }
            bucket(buckets, bucketArgs, ALL, period, oldNet + points, 1);
            bucket(buckets, bucketArgs, scopeBranch, period, oldNet + points, 1);
        }
        jdbc.update("insert into points_total (member_id, period, branch_id, net) values " + totals
                + " on duplicate key update net = net + values(net)", totalArgs.toArray());
        jdbc.update("insert into points_histogram (scope_id, period, net, members) values " + buckets
                + " on duplicate key update members = members + values(members)", bucketArgs.toArray());
    }

    private static void bucket(StringJoiner sql, List<Object> args, long scope, int period, int net, int delta) {
        sql.add("(?, ?, ?, ?)");
        args.addAll(List.of(scope, period, net, delta));
    }
}
