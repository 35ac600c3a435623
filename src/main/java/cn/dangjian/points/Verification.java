package cn.dangjian.points;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the ledger: the first broken link of each member's chain, and every maintained number
 * (period total, histogram bucket, cap usage counter) that disagrees with the ledger. Both lists are cut at
 * {@link #LISTED}; the counts are complete.
 */
public record Verification(
        int membersChecked,
        long entriesChecked,
        List<Broken> broken,
        int brokenCount,
        List<Mismatch> mismatches,
        int mismatchCount,
        long millis) {

    public static final int LISTED = 20;

    /** A member's first broken link: HASH_MISMATCH, LINK_BROKEN, SEQ_GAP, TAIL_MISSING, UNSEALED or UNKNOWN_KEY. */
    public record Broken(long memberId, @Nullable Long entryId, int seq, String problem) {}

    /**
     * A maintained number that disagrees with the ledger. {@code table} is points_total, points_total.branch,
     * points_histogram or points_usage; {@code key} names the row (member/period, scope/period/net,
     * member/rule/period).
     */
    public record Mismatch(String table, String key, long stored, long recomputed) {}

    public boolean intact() {
        return brokenCount == 0 && mismatchCount == 0;
    }

    public @Nullable Broken firstBroken() {
        return broken.isEmpty() ? null : broken.get(0);
    }

    /** Language-neutral lines for the stored run (the view translates the live result instead). */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (Broken b : broken) {
            text.append(b.problem())
                    .append(" member=")
                    .append(b.memberId())
                    .append(" entry=")
                    .append(b.entryId() == null ? "-" : b.entryId())
                    .append(" seq=")
                    .append(b.seq())
                    .append('\n');
        }
        if (brokenCount > broken.size()) {
            text.append("... ").append(brokenCount - broken.size()).append(" more broken chains\n");
        }
        for (Mismatch m : mismatches) {
            text.append(m.table())
                    .append(' ')
                    .append(m.key())
                    .append(" stored=")
                    .append(m.stored())
                    .append(" recomputed=")
                    .append(m.recomputed())
                    .append('\n');
        }
        if (mismatchCount > mismatches.size()) {
            text.append("... ").append(mismatchCount - mismatches.size()).append(" more mismatches\n");
        }
        return text.toString().strip();
    }
}
