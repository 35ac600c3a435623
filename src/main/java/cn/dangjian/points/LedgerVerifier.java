package cn.dangjian.points;

import cn.dangjian.points.Verification.Broken;
import cn.dangjian.points.Verification.Mismatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the ledger member by member: each chain under the key its entries name, and from the entries the
 * member's period totals and cap usage counters, compared with the stored ones; the score histograms are summed
 * from the recomputed totals and compared at the end. Only one member's entries are in memory at a time. One
 * read-only transaction: under REPEATABLE READ every table is read at the same snapshot, so an award committed
 * during the run cannot show up as a mismatch.
 */
@Component
class LedgerVerifier {

    private static final long USAGE_KEY = 100_000_000L;

    private final JdbcTemplate jdbc;
    private final ChainKeys keys;

    LedgerVerifier(JdbcTemplate jdbc, ChainKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Transactional(readOnly = true)
    public Verification verifyAll() {
        Run run = new Run();
        // Every member any ledger table knows of: totals or counters without entries are mismatches too.
        List<Long> members = jdbc.queryForList("""
                select member_id from points_chain_head union select member_id from points_entry
                union select member_id from points_total union select member_id from points_usage
                order by 1""", Long.class);
        for (long member : members) {
            member(member, run);
        }
        histograms(run);
        return run.result();
    }

    /** One member's chain, totals and counters (the histograms need every member and are not checked). */
    @Transactional(readOnly = true)
    public Verification verifyMember(long memberId) {
        Run run = new Run();
        member(memberId, run);
        return run.result();
    }

    private record Bucket(long scope, int period, int net) {}

    /** What a run has found so far. */
    private static final class Run {
        final long start = System.nanoTime();
        final List<Broken> broken = new ArrayList<>();
        final List<Mismatch> mismatches = new ArrayList<>();
        final Map<Bucket, Integer> histogram = new HashMap<>();
        int brokenCount;
        int mismatchCount;
        int members;
        long entries;

        void broken(Broken b) {
            if (brokenCount++ < Verification.LISTED) {
                broken.add(b);
            }
        }

        void mismatch(String table, String key, long stored, long recomputed) {
            if (mismatchCount++ < Verification.LISTED) {
                mismatches.add(new Mismatch(table, key, stored, recomputed));
            }
        }

        Verification result() {
            return new Verification(
                    members,
                    entries,
                    List.copyOf(broken),
                    brokenCount,
                    List.copyOf(mismatches),
                    mismatchCount,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** A member's net in a period as the entries imply it, and the branch of the period's first entry. */
    private record Total(long net, long branchId) {
        Total plus(Total later) {
            return new Total(net + later.net(), branchId);
        }
    }

    /** A member's chain walked in seq order, with the sums the entries imply. */
    private final class Chain {
        final long memberId;
        final Map<Integer, Total> totals = new TreeMap<>();
        final Map<Long, Long> usage = new TreeMap<>(); // rule * 10^8 + usage period -> points

        @Nullable
        Broken first;

        int seq;
        String last = LedgerHash.GENESIS;

        Chain(long memberId) {
            this.memberId = memberId;
        }

        void entry(StoredEntry e) {
            if (first == null) {
                String problem = problem(e);
                if (problem != null) {
                    first = new Broken(memberId, e.id(), e.seq(), problem);
                }
            }
            seq = e.seq();
            last = e.hash();
            for (int period : Periods.of(e.date())) {
                totals.merge(period, new Total(e.points(), e.branchId()), Total::plus);
            }
            for (int period : Caps.usagePeriods(e.date())) {
                usage.merge(e.ruleId() * USAGE_KEY + period, (long) e.points(), Long::sum);
            }
        }

        private @Nullable String problem(StoredEntry e) {
            if (e.seq() != seq + 1) {
                return "SEQ_GAP";
            }
            if (!last.equals(e.prevHash())) {
                return "LINK_BROKEN";
            }
            if (e.keyId() == null) {
                // Entries sealed before keys existed are resealed once at start-up; one left over (or set back to
                // null) would otherwise be accepted on a plain SHA-256 anyone can recompute.
                return "UNSEALED";
            }
            Optional<ChainKey> key = keys.byId(e.keyId());
            if (key.isEmpty()) {
                return "UNKNOWN_KEY";
            }
            return e.hmac(key.get(), e.prevHash()).equals(e.hash()) ? null : "HASH_MISMATCH";
        }
    }

    private void member(long memberId, Run run) {
        Chain chain = new Chain(memberId);
        long[] count = {0};
        jdbc.query(
                "select " + StoredEntry.COLUMNS + " from points_entry where member_id = ? order by seq",
                rs -> {
                    count[0]++;
                    chain.entry(StoredEntry.of(rs));
                },
                memberId);
        run.members++;
        run.entries += count[0];
        if (chain.first == null) {
            head(chain);
        }
        if (chain.first != null) {
            run.broken(chain.first);
        }
        totals(chain, run);
        usage(chain, run);
    }

    /** A deleted newest entry leaves the head ahead of the chain; a replaced one leaves it on another seal. */
    private void head(Chain chain) {
        List<Map<String, Object>> head =
                jdbc.queryForList("select seq, last_hash from points_chain_head where member_id = ?", chain.memberId);
        int headSeq = head.isEmpty() ? 0 : ((Number) head.get(0).get("seq")).intValue();
        String headHash =
                head.isEmpty() ? LedgerHash.GENESIS : (String) head.get(0).get("last_hash");
        if (headSeq != chain.seq) {
            chain.first = new Broken(chain.memberId, null, headSeq, "TAIL_MISSING");
        } else if (!headHash.equals(chain.last)) {
            chain.first = new Broken(chain.memberId, null, headSeq, "HEAD_MISMATCH");
        }
    }

    private void totals(Chain chain, Run run) {
        Map<Integer, Total> recomputed = new TreeMap<>(chain.totals);
        jdbc.query(
                "select period, branch_id, net from points_total where member_id = ?",
                rs -> {
                    int period = rs.getInt(1);
                    long branch = rs.getLong(2);
                    long net = rs.getLong(3);
                    Total r = recomputed.remove(period);
                    String key = chain.memberId + "/" + period;
                    if (r == null) {
                        run.mismatch("points_total", key, net, 0);
                        return;
                    }
                    if (r.net() != net) {
                        run.mismatch("points_total", key, net, r.net());
                    }
                    if (r.branchId() != branch) {
                        run.mismatch("points_total.branch", key, branch, r.branchId());
                    }
                },
                chain.memberId);
        recomputed.forEach((period, r) -> run.mismatch("points_total", chain.memberId + "/" + period, 0, r.net()));
        chain.totals.forEach((period, r) -> {
            run.histogram.merge(new Bucket(Ledger.ALL, period, (int) r.net()), 1, Integer::sum);
            run.histogram.merge(new Bucket(r.branchId(), period, (int) r.net()), 1, Integer::sum);
        });
    }

    private void usage(Chain chain, Run run) {
        Map<Long, Long> recomputed = new TreeMap<>(chain.usage);
        jdbc.query(
                "select rule_id, period, points from points_usage where member_id = ?",
                rs -> {
                    long rule = rs.getLong(1);
                    int period = rs.getInt(2);
                    long points = rs.getLong(3);
                    Long r = recomputed.remove(rule * USAGE_KEY + period);
                    if (r == null || r != points) {
                        run.mismatch(
                                "points_usage", chain.memberId + "/" + rule + "/" + period, points, r == null ? 0 : r);
                    }
                },
                chain.memberId);
        recomputed.forEach((k, points) ->
                run.mismatch("points_usage", chain.memberId + "/" + k / USAGE_KEY + "/" + k % USAGE_KEY, 0, points));
    }

    /** Buckets emptied by a member moving up stay as rows of 0 members; a missing row counts as 0. */
    private void histograms(Run run) {
        jdbc.query("select scope_id, period, net, members from points_histogram", rs -> {
            Bucket b = new Bucket(rs.getLong(1), rs.getInt(2), rs.getInt(3));
            int stored = rs.getInt(4);
            Integer r = run.histogram.remove(b);
            int recomputed = r == null ? 0 : r;
            if (stored != recomputed) {
                run.mismatch("points_histogram", b.scope() + "/" + b.period() + "/" + b.net(), stored, recomputed);
            }
        });
        run.histogram.forEach(
                (b, n) -> run.mismatch("points_histogram", b.scope() + "/" + b.period() + "/" + b.net(), 0, n));
    }
}
