package cn.dangjian.points;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
class Ledger {

    /** The scope of the whole hospital in the histogram; branch scopes use the branch id. */
    static final long ALL = 0;

    private final JdbcTemplate jdbc;
    private final ChainKeys keys;

    Ledger(JdbcTemplate jdbc, ChainKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    record Result(@Nullable Long entryId, int granted) {}

    /** Locks the member's chain head (creating it if needed) and returns it: {seq, last_hash}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> lockMember(long memberId) {
        // ON DUPLICATE KEY UPDATE takes the row's exclusive lock at once (INSERT IGNORE would take a shared
        // lock first, and two waiters upgrading their shared locks deadlock).
        jdbc.update("""
                insert into points_chain_head (member_id, seq, last_hash) values (?, 0, ?)
                on duplicate key update member_id = member_id""", memberId, LedgerHash.GENESIS);
        return jdbc.queryForMap(
                "select seq, last_hash from points_chain_head where member_id = ? for update", memberId);
    }

    /**
     * Appends the entry in four round trips: create-or-lock the head, one locking read of everything the
     * award depends on, the insert, and one pipelined batch with the head, totals and usage; the histogram
     * moves once per transaction, before it commits ({@link #moveBuckets}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Result append(Award a) {
        jdbc.update("""
                insert into points_chain_head (member_id, seq, last_hash) values (?, 0, ?)
                on duplicate key update member_id = member_id""", a.memberId(), LedgerHash.GENESIS);
        int[] periods = Periods.of(a.date());
        int[] usage = Caps.usagePeriods(a.date());
        State state = lockedState(a, periods, usage);
        int seq = state.seq + 1;
        int granted = a.points();
        if (a.capped() && (a.capDay() != null || a.capMonth() != null || a.capYear() != null)) {
            granted = Caps.grant(
                    a.points(), a.capDay(), a.capMonth(), a.capYear(), state.used[0], state.used[1], state.used[2]);
        }
        if (granted == 0) {
            return new Result(null, 0);
        }
        ChainKey key = keys.current();
        String hash = LedgerHash.hmac(
                key,
                a.memberId(),
                a.branchId(),
                seq,
                a.ruleId(),
                granted,
                a.date(),
                a.sourceType().name(),
                a.sourceId(),
                a.reversesId(),
                a.reason(),
                a.recordedBy(),
                a.approvedBy(),
                state.lastHash);
        GeneratedKeyHolder generated = new GeneratedKeyHolder();
        final int points = granted;
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement("""
                    insert into points_entry (member_id, branch_id, rule_id, points, entry_date, source_type, source_id,
                      reverses_id, reason, recorded_by, approved_by, seq, prev_hash, hash, key_id, version, created_by,
                      created_date)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, now(6))""", Statement.RETURN_GENERATED_KEYS);
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
                    ps.setString(13, state.lastHash);
                    ps.setString(14, hash);
                    ps.setString(15, key.id());
                    ps.setString(16, a.recordedBy());
                    return ps;
                },
                generated);
        // One JDBC batch of plain statements, which the MariaDB driver pipelines: one round trip instead of four.
        // Only numbers and the hex hash computed above are written into the SQL, never text a user typed.
        List<String> batch = new ArrayList<>(4);
        batch.add("update points_chain_head set seq = " + seq + ", last_hash = '" + hex(hash) + "' where member_id = "
                + a.memberId());
        totalsAndBuckets(batch, a.memberId(), a.branchId(), periods, state, granted);
        batch.add(
                "insert into points_usage (member_id, rule_id, period, points) values " + usageRow(a, usage[0], granted)
                        + ", " + usageRow(a, usage[1], granted) + ", " + usageRow(a, usage[2], granted)
                        + " on duplicate key update points = points + values(points)");
        jdbc.batchUpdate(batch.toArray(String[]::new));
        return new Result(generated.getKey() == null ? null : generated.getKey().longValue(), granted);
    }

    /** A member's total in one period and the branch it is booked to. */
    private record Total(int net, long branchId) {}

    /** The member's head, totals of the entry's periods and usage counters of the entry's rule and periods. */
    private static final class State {
        int seq;
        String lastHash = LedgerHash.GENESIS;
        final Map<Integer, Total> totals = new HashMap<>();
        final int[] used = new int[3]; // day, month, year
    }

    /**
     * One locking read (the head row is already locked): every row the award reads is also written, and under
     * REPEATABLE READ only a locking read sees what committed after the transaction's snapshot.
     */
    private State lockedState(Award a, int[] periods, int[] usage) {
        State state = new State();
        jdbc.query(
                """
                select h.seq, h.last_hash, t.period, t.net, t.branch_id, u.period, u.points
                from points_chain_head h
                  left join points_total t on t.member_id = h.member_id and t.period in (?, ?, ?)
                  left join points_usage u on u.member_id = h.member_id and u.rule_id = ? and u.period in (?, ?, ?)
                where h.member_id = ?
                for update""",
                rs -> {
                    state.seq = rs.getInt(1);
                    state.lastHash = rs.getString(2);
                    int period = rs.getInt(3);
                    if (!rs.wasNull()) {
                        state.totals.put(period, new Total(rs.getInt(4), rs.getLong(5)));
                    }
                    int usagePeriod = rs.getInt(6);
                    if (!rs.wasNull()) {
                        state.used[usagePeriod == usage[0] ? 0 : usagePeriod == usage[1] ? 1 : 2] = rs.getInt(7);
                    }
                },
                periods[0],
                periods[1],
                periods[2],
                a.ruleId(),
                usage[0],
                usage[1],
                usage[2],
                a.memberId());
        return state;
    }

    private static String usageRow(Award a, int period, int points) {
        return "(" + a.memberId() + ", " + a.ruleId() + ", " + period + ", " + points + ")";
    }

    private static String hex(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("not a 64-digit hex seal");
        }
        return hash;
    }

    /** Adds the points to the totals and moves the member between histogram buckets of each period. */
    private void totalsAndBuckets(
            List<String> batch, long memberId, long branchId, int[] periods, State state, int points) {
        StringJoiner totals = new StringJoiner(", ");
        Map<Bucket, Integer> moves = new HashMap<>();
        for (int period : periods) {
            Total before = state.totals.get(period);
            long scopeBranch = before == null ? branchId : before.branchId();
            int oldNet = before == null ? 0 : before.net();
            totals.add("(" + memberId + ", " + period + ", " + scopeBranch + ", " + points + ")");
            for (long scope : new long[] {ALL, scopeBranch}) {
                if (before != null) {
                    moves.merge(new Bucket(scope, period, oldNet), -1, Integer::sum);
                }
                moves.merge(new Bucket(scope, period, oldNet + points), 1, Integer::sum);
            }
        }
        batch.add("insert into points_total (member_id, period, branch_id, net) values " + totals
                + " on duplicate key update net = net + values(net)");
        moveBuckets(moves);
    }

    /**
     * The histogram rows are shared by every member of a scope (the hospital-wide ones by everybody), so two
     * transactions that each award several members would lock them in different orders and deadlock. Each
     * transaction therefore gathers its bucket moves and writes them once, just before it commits, in key order:
     * transactions then wait for each other on these rows but never deadlock on them, and an event's 40 awards
     * write the histogram once instead of 40 times.
     */
    private void moveBuckets(Map<Bucket, Integer> moves) {
        @SuppressWarnings("unchecked")
        Map<Bucket, Integer> pending = (Map<Bucket, Integer>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<Bucket, Integer> created = new TreeMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    writeBuckets(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Ledger.this);
                }
            });
            pending = created;
        }
        Map<Bucket, Integer> into = pending;
        moves.forEach((b, d) -> into.merge(b, d, Integer::sum));
    }

    private void writeBuckets(Map<Bucket, Integer> moves) {
        StringJoiner rows = new StringJoiner(", ");
        moves.forEach((b, delta) -> {
            if (delta != 0) {
                rows.add("(" + b.scope() + ", " + b.period() + ", " + b.net() + ", " + delta + ")");
            }
        });
        if (rows.length() > 0) {
            jdbc.update("insert into points_histogram (scope_id, period, net, members) values " + rows
                    + " on duplicate key update members = members + values(members)");
        }
    }

    /** A histogram row's key, ordered as the primary key is. */
    private record Bucket(long scope, int period, int net) implements Comparable<Bucket> {
        @Override
        public int compareTo(Bucket o) {
            int c = Long.compare(scope, o.scope);
            c = c != 0 ? c : Integer.compare(period, o.period);
            return c != 0 ? c : Integer.compare(net, o.net);
        }
    }
}
