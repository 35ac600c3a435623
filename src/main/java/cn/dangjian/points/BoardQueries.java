package cn.dangjian.points;

import cn.dangjian.organization.OrganizationDirectory;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The leaderboard's reads from the maintained totals and histograms: a rank is 1 + the members with a higher
 * score, summed over a few hundred histogram rows, never a COUNT over the members.
 * <p>
 * The one place in points that names an organisation table: the members at net 0 are an anti-join of
 * {@code party_member} against {@code points_total}, read a page at a time on the board's hot path (decision
 * 0011 gives the measured figures). Everything else about members comes through {@link OrganizationDirectory}.
 */
@Component
class BoardQueries {

    /** How long the hospital's member count is reused: a COUNT over every member is what the histogram avoids. */
    private static final long COUNT_TTL_NANOS = 60_000_000_000L;

    /** The lengths of a board's three runs: members above net 0, at 0, below 0. */
    record Runs(long above, long atZero, long below) {
        long total() {
            return above + atZero + below;
        }
    }

    /** A member's net in the period, as the board lists it. */
    record Net(long memberId, int net) {}

    /** A rank, and how many members the scope has (only counted when wanted or needed). */
    record Rank(int rank, long population) {}

    /** Members above a threshold, and members with an entry in the period, from the histogram. */
    private record Histogram(long above, long withEntry) {}

    private record CachedCount(long members, long readAt) {}

    private static final String ZERO_IN_BRANCH = """
            select m.id from party_member m left join points_total t on t.member_id = m.id and t.period = ?
            where m.branch_id = ? and t.member_id is null
            union all
            select t.member_id from points_total t where t.period = ? and t.branch_id = ? and t.net = 0""";

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;
    private final AtomicReference<@Nullable CachedCount> hospitalCount = new AtomicReference<>();

    BoardQueries(JdbcTemplate jdbc, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /**
     * Above and below come from the histogram. At 0: for the hospital, every member without a total in the
     * period plus the totals at 0; for a branch, its members without a total plus the totals booked to it at 0
     * (a member who moved keeps appearing where their total is booked until the next entry moves it), counted
     * on the branch's few dozen rows.
     */
    Runs runs(long scopeId, int period) {
        Runs h = jdbc.queryForObject(
                """
                select coalesce(sum(case when net > 0 then members else 0 end), 0),
                       coalesce(sum(case when net = 0 then members else 0 end), 0),
                       coalesce(sum(case when net < 0 then members else 0 end), 0)
                from points_histogram where scope_id = ? and period = ?""", (rs, i) -> new Runs(rs.getLong(1), rs.getLong(2), rs.getLong(3)), scopeId, period);
        long zero;
        if (scopeId == Ledger.ALL) {
            zero = Math.max(0, hospitalMembers() - h.total()) + h.atZero();
        } else {
            Long n = jdbc.queryForObject(
                    "select count(*) from (" + ZERO_IN_BRANCH + ") z", Long.class, period, scopeId, period, scopeId);
            zero = n == null ? 0 : n;
        }
        return new Runs(h.above(), zero, h.below());
    }

    /** A page of the totals above or below 0 ({@code sign}: a fixed condition, never user input), best first. */
    List<Net> totals(long scopeId, int period, String sign, int offset, int limit) {
        return scopeId == Ledger.ALL
                ? jdbc.query(
                        "select member_id, net from points_total force index (ix_points_total_rank) where period = ? and "
                                + sign + " order by net desc, member_id desc limit ? offset ?",
                        (rs, i) -> new Net(rs.getLong(1), rs.getInt(2)),
                        period,
                        limit,
                        offset)
                : jdbc.query(
                        "select member_id, net from points_total force index (ix_points_total_branch)"
                                + " where period = ? and branch_id = ? and " + sign
                                + " order by net desc, member_id desc limit ? offset ?",
                        (rs, i) -> new Net(rs.getLong(1), rs.getInt(2)),
                        period,
                        scopeId,
                        limit,
                        offset);
    }

    /** Members at net 0 (see {@link #runs}), newest first. */
    List<Long> atZero(long scopeId, int period, int offset, int limit) {
        return scopeId == Ledger.ALL
                ? jdbc.queryForList("""
                        select m.id from party_member m left join points_total t on t.member_id = m.id and t.period = ?
                        where t.member_id is null or t.net = 0 order by m.id desc limit ? offset ?""", Long.class, period, limit, offset)
                : jdbc.queryForList(
                        "select id from (" + ZERO_IN_BRANCH + ") z order by id desc limit ? offset ?",
                        Long.class,
                        period,
                        scopeId,
                        period,
                        scopeId,
                        limit,
                        offset);
    }

    /** 1 + members with a higher score, from the histogram. Scores floor at 0 for years, so all at the floor tie. */
    int rankOf(long scopeId, int period, int net, PointsSettings s) {
        return rank(scopeId, period, net, s, false).rank();
    }

    /**
     * One pass over the scope's histogram rows gives both the members above the threshold and the members with
     * an entry in the period.
     */
    Rank rank(long scopeId, int period, int net, PointsSettings s, boolean wantPopulation) {
        int threshold = Periods.isYear(period) ? Math.max(net, -s.getBasePoints()) : net;
        Histogram h = jdbc.queryForObject(
                """
                select coalesce(sum(case when net > ? then members else 0 end), 0), coalesce(sum(members), 0)
                from points_histogram where scope_id = ? and period = ?""", (rs, i) -> new Histogram(rs.getLong(1), rs.getLong(2)), threshold, scopeId, period);
        long population =
                wantPopulation || threshold < 0 ? runs(scopeId, period).total() : h.withEntry();
        long above = h.above();
        if (threshold < 0) {
            // Members without an entry in the period stand at net 0, above a negative score.
            above += population - h.withEntry();
        }
        return new Rank((int) above + 1, population);
    }

    /** The hospital's members, counted at most once a minute. */
    private long hospitalMembers() {
        CachedCount cached = hospitalCount.get();
        if (cached == null || System.nanoTime() - cached.readAt() > COUNT_TTL_NANOS) {
            cached = new CachedCount(organization.memberCount(), System.nanoTime());
            hospitalCount.set(cached);
        }
        return cached.members();
    }
}
