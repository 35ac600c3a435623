package cn.dangjian.points;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaderboards and a member's points, read from the maintained totals and histograms: a rank is
 * 1 + the members with a higher score, summed over a few hundred histogram rows, never a COUNT
 * over the members.
 */
@Service
@NullMarked
public class LeaderboardService {

    private final JdbcTemplate jdbc;
    private final PointsRulesService rulesService;
    private final CurrentUser currentUser;
    private final java.util.concurrent.atomic.AtomicReference<long @Nullable []> hospitalCount =
            new java.util.concurrent.atomic.AtomicReference<>();

    LeaderboardService(JdbcTemplate jdbc, PointsRulesService rulesService, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.rulesService = rulesService;
        this.currentUser = currentUser;
    }

    /** What the viewer may see of the leaderboards, per the administrator's setting for their role. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Visibility visibility() {
        return visibilityOf(currentUser.require(), rulesService.current());
    }

    static Visibility visibilityOf(AppUser user, PointsSettings s) {
        if (user.seesWholeHospital()) {
            return Visibility.FULL;
        }
        return user.isSecretary() ? s.getSecretaryVisibility() : s.getMemberVisibility();
    }

    /**
     * One page of the board: every member of the scope, those without an entry in the period at net 0 (the base
     * score for a year), so the list and its count agree. The board is read in three runs: members above 0 and
     * below 0 from the totals' index, members at 0 (no entry, or entries that cancel out) from the members' keys;
     * the histogram says how long each run is, so a page reads only its own rows.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BoardRow> board(BoardScope scope, @Nullable Long branchId, int period, int offset, int limit) {
        PointsSettings s = rulesService.current();
        long scopeId = checkScope(scope, branchId, s);
        long[] runs = runs(scopeId, period); // {above zero, at zero, below zero}
        List<long[]> rows = new ArrayList<>(Math.max(0, Math.min(limit, 1000)));
        long end = offset + (long) limit;
        if (offset < runs[0]) {
            rows.addAll(totals(scopeId, period, "net > 0", offset, (int) Math.min(end, runs[0]) - offset));
        }
        long zeroStart = Math.max(offset, runs[0]);
        long zeroEnd = Math.min(end, runs[0] + runs[1]);
        if (zeroStart < zeroEnd) {
            for (long id : atZero(scopeId, period, (int) (zeroStart - runs[0]), (int) (zeroEnd - zeroStart))) {
                rows.add(new long[] {id, 0});
            }
        }
        long belowStart = Math.max(offset, runs[0] + runs[1]);
        if (belowStart < end) {
            rows.addAll(totals(scopeId, period, "net < 0", (int) (belowStart - runs[0] - runs[1]), (int) (end - belowStart)));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> names = names(rows.stream().map(r -> r[0]).toList());
        List<BoardRow> result = new ArrayList<>(rows.size());
        int rank = 0;
        long prevNet = Long.MIN_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            long[] r = rows.get(i);
            int score = score(s, period, (int) r[1]);
            if (i == 0) {
                rank = rankOf(scopeId, period, (int) r[1], s);
            } else if (score != score(s, period, (int) prevNet)) {
                rank = offset + i + 1;
            }
            prevNet = r[1];
            String[] n = names.getOrDefault(r[0], new String[] {"?", "?"});
            result.add(new BoardRow(rank, r[0], n[0], n[1], (int) r[1], score));
        }
        return result;
    }

    /** Every member of the scope is on the board, with or without an entry in the period. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int boardCount(BoardScope scope, @Nullable Long branchId, int period) {
        long[] runs = runs(checkScope(scope, branchId, rulesService.current()), period);
        return (int) (runs[0] + runs[1] + runs[2]);
    }

    /**
     * {members above 0, at 0, below 0}. Above and below come from the histogram. At 0: for the hospital, every
     * member without a total in the period plus the totals at 0; for a branch, its members without a total plus
     * the totals booked to it at 0 (a member who moved keeps appearing where their total is booked until the
     * next entry moves it), counted on the branch's few dozen rows.
     */
    private long[] runs(long scopeId, int period) {
        long[] h = jdbc.queryForObject("""
                select coalesce(sum(case when net > 0 then members else 0 end), 0),
                       coalesce(sum(case when net = 0 then members else 0 end), 0),
                       coalesce(sum(case when net < 0 then members else 0 end), 0)
                from points_histogram where scope_id = ? and period = ?""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, scopeId, period);
        long zero;
        if (scopeId == Ledger.ALL) {
            zero = Math.max(0, members(scopeId) - h[0] - h[1] - h[2]) + h[1];
        } else {
            Long n = jdbc.queryForObject("select count(*) from (" + ZERO_IN_BRANCH + ") z", Long.class, period,
                    scopeId, period, scopeId);
            zero = n == null ? 0 : n;
        }
        return new long[] {h[0], zero, h[2]};
    }

    private static final String ZERO_IN_BRANCH = """
            select m.id from party_member m left join points_total t on t.member_id = m.id and t.period = ?
            where m.branch_id = ? and t.member_id is null
            union all
            select t.member_id from points_total t where t.period = ? and t.branch_id = ? and t.net = 0""";

    private List<long[]> totals(long scopeId, int period, String sign, int offset, int limit) {
        return scopeId == Ledger.ALL
                ? jdbc.query("select member_id, net from points_total force index (ix_points_total_rank) where period = ? and "
                        + sign + " order by net desc, member_id desc limit ? offset ?",
                        (rs, i) -> new long[] {rs.getLong(1), rs.getInt(2)}, period, limit, offset)
                : jdbc.query("select member_id, net from points_total force index (ix_points_total_branch)"
                        + " where period = ? and branch_id = ? and " + sign
                        + " order by net desc, member_id desc limit ? offset ?",
                        (rs, i) -> new long[] {rs.getLong(1), rs.getInt(2)}, period, scopeId, limit, offset);
    }

    /** Members at net 0 (see {@link #runs}), newest first. */
    private List<Long> atZero(long scopeId, int period, int offset, int limit) {
        return scopeId == Ledger.ALL
                ? jdbc.queryForList("""
                        select m.id from party_member m left join points_total t on t.member_id = m.id and t.period = ?
                        where t.member_id is null or t.net = 0 order by m.id desc limit ? offset ?""", Long.class,
                        period, limit, offset)
                : jdbc.queryForList("select id from (" + ZERO_IN_BRANCH + ") z order by id desc limit ? offset ?",
                        Long.class, period, scopeId, period, scopeId, limit, offset);
    }

    private long checkScope(BoardScope scope, @Nullable Long branchId, PointsSettings s) {
        if (visibilityOf(currentUser.require(), s) != Visibility.FULL) {
            throw new AccessDeniedException("leaderboard hidden");
        }
        if (scope == BoardScope.BRANCH) {
            if (branchId == null) {
                throw new NotFoundException();
            }
            currentUser.requireCanReadBranch(branchId);
            return branchId;
        }
        return Ledger.ALL;
    }

    /** The viewer's own rank; empty when the viewer is not a member or the setting hides ranks. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OwnRank> ownRank(BoardScope scope, int period) {
        AppUser user = currentUser.require();
        PointsSettings s = rulesService.current();
        if (user.memberId() == null || visibilityOf(user, s) == Visibility.NONE || scope == BoardScope.BRANCHES) {
            return Optional.empty();
        }
        long member = user.memberId();
        List<long[]> own = jdbc.query("select net, branch_id from points_total where member_id = ? and period = ?",
                (rs, i) -> new long[] {rs.getInt(1), rs.getLong(2)}, member, period);
        int net = own.isEmpty() ? 0 : (int) own.get(0)[0];
        long scopeId = scope == BoardScope.HOSPITAL ? Ledger.ALL
                : own.isEmpty() ? (user.branchId() == null ? -1 : user.branchId()) : own.get(0)[1];
        int score = score(s, period, net);
        int[] rank = rankAndPopulation(scopeId, period, net, s, true);
        return Optional.of(new OwnRank(rank[0], rank[1], net, score, Periods.isYear(period) ? s.band(score) : null));
    }

    /** 1 + members with a higher score, from the histogram. Scores floor at 0 for years, so all at the floor tie. */
    int rankOf(long scopeId, int period, int net, PointsSettings s) {
        return rankAndPopulation(scopeId, period, net, s, false)[0];
    }

    /**
     * {rank, members in the scope (only counted when wanted or needed)}: one pass over the scope's histogram rows gives both the members
     * above the threshold and the members with an entry in the period.
     */
    private int[] rankAndPopulation(long scopeId, int period, int net, PointsSettings s, boolean wantPopulation) {
        int threshold = Periods.isYear(period) ? Math.max(net, -s.getBasePoints()) : net;
        long[] h = jdbc.queryForObject("""
                select coalesce(sum(case when net > ? then members else 0 end), 0), coalesce(sum(members), 0)
                from points_histogram where scope_id = ? and period = ?""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, threshold, scopeId, period);
        long population = h[1];
        if (wantPopulation || threshold < 0) {
            long[] runs = runs(scopeId, period);
            population = runs[0] + runs[1] + runs[2];
        }
        long above = h[0];
        if (threshold < 0) {
            // Members without an entry in the period stand at net 0, above a negative score.
            above += population - h[1];
        }
        return new int[] {(int) above + 1, (int) population};
    }

    /**
     * Members in the scope. A branch is counted on its index (at most a few dozen rows); the whole
     * hospital's count is cached for a minute, as a COUNT over every member is what the histogram avoids.
     */
    private long members(long scopeId) {
        if (scopeId != Ledger.ALL) {
            Long n = jdbc.queryForObject("select count(*) from party_member where branch_id = ?", Long.class, scopeId);
            return n == null ? 0 : n;
        }
        long[] cached = hospitalCount.get();
        if (cached == null || System.nanoTime() - cached[1] > 60_000_000_000L) {
            Long n = jdbc.queryForObject("select count(*) from party_member", Long.class);
            cached = new long[] {n == null ? 0 : n, System.nanoTime()};
            hospitalCount.set(cached);
        }
        return cached[0];
    }

    static int score(PointsSettings s, int period, int net) {
        return Periods.isYear(period) ? s.score(net) : net;
    }

    /** Branches ranked by average points per member (members without entries count as 0). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BranchRow> branchBoard(int period) {
        PointsSettings s = rulesService.current();
        if (visibilityOf(currentUser.require(), s) != Visibility.FULL) {
            throw new AccessDeniedException("leaderboard hidden");
        }
        Map<Long, Long> sums = new HashMap<>();
        jdbc.query("select branch_id, sum(net) from points_total where period = ? group by branch_id",
                rs -> {
                    sums.put(rs.getLong(1), rs.getLong(2));
                }, period);
        List<BranchRow> rows = jdbc.query("""
                select b.id, b.code, b.name, count(m.id) from party_branch b join party_member m on m.branch_id = b.id
                group by b.id, b.code, b.name""", (rs, i) -> {
            long members = rs.getLong(4);
            double avg = (double) sums.getOrDefault(rs.getLong(1), 0L) / members
                    + (Periods.isYear(period) ? s.getBasePoints() : 0);
            return new BranchRow(0, rs.getLong(1), rs.getString(2), rs.getString(3), members,
                    Math.round(avg * 10) / 10.0);
        });
        rows = new ArrayList<>(rows);
        rows.sort(Comparator.comparingDouble(BranchRow::average).reversed().thenComparing(BranchRow::code));
        List<BranchRow> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            BranchRow r = rows.get(i);
            int rank = i > 0 && ranked.get(i - 1).average() == r.average() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new BranchRow(rank, r.branchId(), r.code(), r.name(), r.members(), r.average()));
        }
        return ranked;
    }

    /** The viewer's own member id, if the account belongs to a member. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> ownMemberId() {
        return Optional.ofNullable(currentUser.require().memberId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MemberPoints memberPoints(long memberId, int year) {
        long branchId = checkMember(memberId);
        PointsSettings s = rulesService.current();
        List<Integer> net = jdbc.queryForList("select net from points_total where member_id = ? and period = ?",
                Integer.class, memberId, Periods.year(year));
        int n = net.isEmpty() ? 0 : net.get(0);
        List<Double> hours = jdbc.queryForList("select hours from points_study where member_id = ? and study_year = ?",
                Double.class, memberId, year);
        Map<Long, String[]> names = names(List.of(memberId));
        String[] nm = names.get(memberId);
        int score = s.score(n);
        return new MemberPoints(memberId, nm[0], branchId, nm[1], year, s.getBasePoints(), n, score, s.band(score),
                hours.isEmpty() ? 0 : hours.get(0), s.getStudyHoursTarget());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HistoryRow> history(long memberId, int year, int offset, int limit) {
        checkMember(memberId);
        return jdbc.query("""
                select e.id, e.entry_date, r.name, r.category, e.points, e.source_type, e.source_id, e.reason,
                       e.recorded_by, e.approved_by, e.reverses_id
                from points_entry e join points_rule r on r.id = e.rule_id
                where e.member_id = ? and e.entry_date between ? and ?
                order by e.entry_date desc, e.id desc limit ? offset ?""",
                (rs, i) -> new HistoryRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        RuleCategory.valueOf(rs.getString(4)), rs.getInt(5), SourceType.valueOf(rs.getString(6)),
                        rs.getObject(7, Long.class), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getObject(11, Long.class)),
                memberId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), limit, offset);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int historyCount(long memberId, int year) {
        checkMember(memberId);
        Integer n = jdbc.queryForObject(
                "select count(*) from points_entry where member_id = ? and entry_date between ? and ?", Integer.class,
                memberId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return n == null ? 0 : n;
    }

    /** The yearly score at the end of each month (12 values), for the chart. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int[] monthlyScores(long memberId, int year) {
        checkMember(memberId);
        PointsSettings s = rulesService.current();
        int[] monthNet = new int[12];
        jdbc.query("select period, net from points_total where member_id = ? and period between ? and ?", rs -> {
            int p = rs.getInt(1) % 100;
            if (p >= 1 && p <= 12) {
                monthNet[p - 1] = rs.getInt(2);
            }
        }, memberId, Periods.month(year, 1), Periods.month(year, 12));
        int[] result = new int[12];
        int running = 0;
        for (int m = 0; m < 12; m++) {
            running += monthNet[m];
            result[m] = s.score(running);
        }
        return result;
    }

    /** The branch a member belongs to, if the viewer may see the member's points. */
    private long checkMember(long memberId) {
        AppUser user = currentUser.require();
        List<Long> branch = jdbc.queryForList("select branch_id from party_member where id = ?", Long.class, memberId);
        if (branch.isEmpty()) {
            throw new NotFoundException();
        }
        boolean allowed = user.seesWholeHospital() || Long.valueOf(memberId).equals(user.memberId())
                || (user.isSecretary() && branch.get(0).equals(user.branchId()));
        if (!allowed) {
            throw new NotFoundException();
        }
        return branch.get(0);
    }

    /**
     * Member id to {name, branch name}, by primary keys. STRAIGHT_JOIN keeps the members first: left to
     * itself the optimiser started from the branches and scanned their members, 30 ms on 120,000 members.
     */
    Map<Long, String[]> names(List<Long> ids) {
        Map<Long, String[]> result = new HashMap<>();
        jdbc.query("select m.id, m.name, b.name from party_member m straight_join party_branch b on b.id = m.branch_id"
                + " where m.id in " + placeholders(ids.size()), rs -> {
                    result.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }, ids.toArray());
        return result;
    }

    private static String placeholders(int n) {
        StringJoiner in = new StringJoiner(",", "(", ")");
        for (int i = 0; i < n; i++) {
            in.add("?");
        }
        return in.toString();
    }
}
