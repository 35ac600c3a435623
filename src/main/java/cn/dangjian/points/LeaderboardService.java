package cn.dangjian.points;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.MemberLabel;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.points.BoardQueries.Net;
import cn.dangjian.points.BoardQueries.Runs;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaderboards of members and of branches, as far as the administrator's visibility setting lets the viewer see
 * them; the reads behind them are {@link BoardQueries}. A member's own page is {@link MemberPointsService}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LeaderboardService {

    /** What a board shows for a member the organisation no longer knows. */
    private static final String UNKNOWN = "?";

    private final BoardQueries queries;
    private final JdbcTemplate jdbc;
    private final PointsRulesService rulesService;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    LeaderboardService(
            BoardQueries queries,
            JdbcTemplate jdbc,
            PointsRulesService rulesService,
            OrganizationDirectory organization,
            CurrentUser currentUser) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.rulesService = rulesService;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    /** What the viewer may see of the leaderboards, per the administrator's setting for their role. */
    @Transactional(readOnly = true)
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
    public List<BoardRow> board(BoardScope scope, @Nullable Long branchId, int period, int offset, int limit) {
        PointsSettings s = rulesService.current();
        long scopeId = checkScope(scope, branchId, s);
        List<Net> rows = page(scopeId, period, offset, limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, MemberLabel> names =
                organization.memberLabels(rows.stream().map(Net::memberId).toList());
        List<BoardRow> result = new ArrayList<>(rows.size());
        int rank = 0;
        int prevNet = 0;
        for (int i = 0; i < rows.size(); i++) {
            Net r = rows.get(i);
            int score = score(s, period, r.net());
            if (i == 0) {
                rank = queries.rankOf(scopeId, period, r.net(), s);
            } else if (score != score(s, period, prevNet)) {
                rank = offset + i + 1;
            }
            prevNet = r.net();
            MemberLabel n = names.get(r.memberId());
            result.add(new BoardRow(
                    rank,
                    r.memberId(),
                    n == null ? UNKNOWN : n.name(),
                    n == null ? UNKNOWN : n.branchName(),
                    r.net(),
                    score));
        }
        return result;
    }

    /** The rows of one page, taken from the runs above, at and below 0 that the page overlaps. */
    private List<Net> page(long scopeId, int period, int offset, int limit) {
        Runs runs = queries.runs(scopeId, period);
        List<Net> rows = new ArrayList<>(Math.max(0, Math.min(limit, 1000)));
        long end = offset + (long) limit;
        if (offset < runs.above()) {
            rows.addAll(queries.totals(scopeId, period, "net > 0", offset, (int) Math.min(end, runs.above()) - offset));
        }
        long zeroStart = Math.max(offset, runs.above());
        long zeroEnd = Math.min(end, runs.above() + runs.atZero());
        if (zeroStart < zeroEnd) {
            for (long id :
                    queries.atZero(scopeId, period, (int) (zeroStart - runs.above()), (int) (zeroEnd - zeroStart))) {
                rows.add(new Net(id, 0));
            }
        }
        long belowStart = Math.max(offset, runs.above() + runs.atZero());
        if (belowStart < end) {
            rows.addAll(
                    queries.totals(scopeId, period, "net < 0", (int) (belowStart - runs.above() - runs.atZero()), (int)
                            (end - belowStart)));
        }
        return rows;
    }

    /** Every member of the scope is on the board, with or without an entry in the period. */
    @Transactional(readOnly = true)
    public int boardCount(BoardScope scope, @Nullable Long branchId, int period) {
        return (int) queries.runs(checkScope(scope, branchId, rulesService.current()), period)
                .total();
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

    /** A member's net in a period and the branch the total is booked to. */
    private record OwnTotal(int net, long branchId) {}

    /** The viewer's own rank; empty when the viewer is not a member or the setting hides ranks. */
    @Transactional(readOnly = true)
    public Optional<OwnRank> ownRank(BoardScope scope, int period) {
        AppUser user = currentUser.require();
        PointsSettings s = rulesService.current();
        if (user.memberId() == null || visibilityOf(user, s) == Visibility.NONE || scope == BoardScope.BRANCHES) {
            return Optional.empty();
        }
        List<OwnTotal> own = jdbc.query(
                "select net, branch_id from points_total where member_id = ? and period = ?",
                (rs, i) -> new OwnTotal(rs.getInt(1), rs.getLong(2)),
                user.memberId(),
                period);
        int net = own.isEmpty() ? 0 : own.get(0).net();
        long scopeId = scope == BoardScope.HOSPITAL
                ? Ledger.ALL
                : own.isEmpty()
                        ? (user.branchId() == null ? -1 : user.branchId())
                        : own.get(0).branchId();
        int score = score(s, period, net);
        BoardQueries.Rank rank = queries.rank(scopeId, period, net, s, true);
        return Optional.of(
                new OwnRank(rank.rank(), rank.population(), net, score, Periods.isYear(period) ? s.band(score) : null));
    }

    static int score(PointsSettings s, int period, int net) {
        return Periods.isYear(period) ? s.score(net) : net;
    }

    /** Branches ranked by average points per member (members without entries count as 0). */
    @Transactional(readOnly = true)
    public List<BranchRow> branchBoard(int period) {
        PointsSettings s = rulesService.current();
        if (visibilityOf(currentUser.require(), s) != Visibility.FULL) {
            throw new AccessDeniedException("leaderboard hidden");
        }
        Map<Long, Long> sums = new HashMap<>();
        jdbc.query(
                "select branch_id, sum(net) from points_total where period = ? group by branch_id",
                rs -> {
                    sums.put(rs.getLong(1), rs.getLong(2));
                },
                period);
        Map<Long, Long> sizes = organization.memberCountsByBranch();
        List<BranchRow> rows = new ArrayList<>();
        for (BranchRef b : organization.branches()) {
            Long members = sizes.get(b.id());
            if (members != null) {
                double avg = (double) sums.getOrDefault(b.id(), 0L) / members
                        + (Periods.isYear(period) ? s.getBasePoints() : 0);
                rows.add(new BranchRow(0, b.id(), b.code(), b.name(), members, Math.round(avg * 10) / 10.0));
            }
        }
        rows.sort(Comparator.comparingDouble(BranchRow::average).reversed().thenComparing(BranchRow::code));
        List<BranchRow> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            BranchRow r = rows.get(i);
            int rank = i > 0 && ranked.get(i - 1).average() == r.average()
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new BranchRow(rank, r.branchId(), r.code(), r.name(), r.members(), r.average()));
        }
        return ranked;
    }
}
