package cn.dangjian.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds a whole ledger in memory, member by member, with exactly the rules {@link Ledger} applies
 * one entry at a time (caps, keyed hash chain, totals, histograms, usage counters): for demo data and the benchmark
 * generator, where one transaction per entry would take too long. Rows go to a {@link Sink}.
 */
public final class BulkLedger {

    /** An entry before caps: what the source asked for. */
    public record Planned(
            long ruleId,
            int points,
            LocalDate date,
            SourceType sourceType,
            @Nullable Long sourceId,
            @Nullable String reason,
            String recordedBy,
            @Nullable String approvedBy) {}

    /** The caps of a rule. */
    public record RuleCaps(
            @Nullable Integer day,
            @Nullable Integer month,
            @Nullable Integer year) {}

    /** Where the built rows go. */
    public interface Sink {
        void entry(
                long memberId,
                long branchId,
                long ruleId,
                int points,
                LocalDate date,
                String sourceType,
                @Nullable Long sourceId,
                @Nullable String reason,
                String recordedBy,
                @Nullable String approvedBy,
                int seq,
                String prevHash,
                String hash);

        void total(long memberId, int period, long branchId, int net);

        void chainHead(long memberId, int seq, String lastHash);

        void histogram(long scopeId, int period, int net, int members);

        /** A usage counter: what the member received under the rule in the day, month or year {@code period}. */
        void usage(long memberId, long ruleId, int period, int points);
    }

    private static final long USAGE_KEY = 100_000_000L;

    private final Map<Long, RuleCaps> caps;
    private final ChainKey key;
    private final Sink sink;
    private final Map<Long, Map<Integer, Map<Integer, Integer>>> histogram = new HashMap<>();

    /** Seals every entry with {@code key}: the sink stores {@code key.id()} with each entry. */
    public BulkLedger(Map<Long, RuleCaps> caps, ChainKey key, Sink sink) {
        this.caps = caps;
        this.key = key;
        this.sink = sink;
    }

    /** Appends one member's entries (sorted by date here); returns how many reached the ledger. */
    public int member(long memberId, long branchId, List<Planned> planned) {
        List<Planned> sorted = new ArrayList<>(planned);
        sorted.sort(Comparator.comparing(Planned::date));
        Map<Long, Integer> used = new TreeMap<>(); // rule * 10^8 + usage period -> points
        Map<Integer, Integer> totals = new TreeMap<>();
        int seq = 0;
        String prev = LedgerHash.GENESIS;
        for (Planned p : sorted) {
            RuleCaps c = caps.getOrDefault(p.ruleId(), new RuleCaps(null, null, null));
            int[] usage = Caps.usagePeriods(p.date());
            long d = p.ruleId() * USAGE_KEY + usage[0];
            long m = p.ruleId() * USAGE_KEY + usage[1];
            long y = p.ruleId() * USAGE_KEY + usage[2];
            int granted = Caps.grant(
                    p.points(),
                    c.day(),
                    c.month(),
                    c.year(),
                    used.getOrDefault(d, 0),
                    used.getOrDefault(m, 0),
                    used.getOrDefault(y, 0));
            if (granted == 0) {
                continue;
            }
            used.merge(d, granted, Integer::sum);
            used.merge(m, granted, Integer::sum);
            used.merge(y, granted, Integer::sum);
            seq++;
            String hash = LedgerHash.hmac(
                    key,
                    memberId,
                    branchId,
                    seq,
                    p.ruleId(),
                    granted,
                    p.date(),
                    p.sourceType().name(),
                    p.sourceId(),
                    null,
                    p.reason(),
                    p.recordedBy(),
                    p.approvedBy(),
                    prev);
            sink.entry(
                    memberId,
                    branchId,
                    p.ruleId(),
                    granted,
                    p.date(),
                    p.sourceType().name(),
                    p.sourceId(),
                    p.reason(),
                    p.recordedBy(),
                    p.approvedBy(),
                    seq,
                    prev,
                    hash);
            prev = hash;
            for (int period : Periods.of(p.date())) {
                totals.merge(period, granted, Integer::sum);
            }
        }
        if (seq > 0) {
            sink.chainHead(memberId, seq, prev);
        }
        used.forEach((k, points) -> sink.usage(memberId, k / USAGE_KEY, (int) (k % USAGE_KEY), points));
        totals.forEach((period, net) -> {
            sink.total(memberId, period, branchId, net);
            count(Ledger.ALL, period, net);
            count(branchId, period, net);
        });
        return seq;
    }

    private void count(long scope, int period, int net) {
        histogram
                .computeIfAbsent(scope, k -> new HashMap<>())
                .computeIfAbsent(period, k -> new HashMap<>())
                .merge(net, 1, Integer::sum);
    }

    /** Emits the histograms of everything appended so far. */
    public void finish() {
        histogram.forEach((scope, periods) ->
                periods.forEach((period, nets) -> nets.forEach((net, n) -> sink.histogram(scope, period, net, n))));
    }
}
