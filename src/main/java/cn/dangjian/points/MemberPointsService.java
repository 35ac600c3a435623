package cn.dangjian.points;

import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.MemberLabel;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One member's points: the year at a glance, the history and the monthly chart, for the member, their branch's
 * secretary and the whole-hospital roles (anyone else is told the member does not exist).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MemberPointsService {

    private final JdbcTemplate jdbc;
    private final PointsRulesService rulesService;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    MemberPointsService(
            JdbcTemplate jdbc,
            PointsRulesService rulesService,
            OrganizationDirectory organization,
            CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.rulesService = rulesService;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    /** The viewer's own member id, if the account belongs to a member. */
    @Transactional(readOnly = true)
    public Optional<Long> ownMemberId() {
        return Optional.ofNullable(currentUser.require().memberId());
    }

    @Transactional(readOnly = true)
    public MemberPoints memberPoints(long memberId, int year) {
        long branchId = checkMember(memberId);
        PointsSettings s = rulesService.current();
        List<Integer> net = jdbc.queryForList(
                "select net from points_total where member_id = ? and period = ?",
                Integer.class,
                memberId,
                Periods.year(year));
        int n = net.isEmpty() ? 0 : net.get(0);
        List<Double> hours = jdbc.queryForList(
                "select hours from points_study where member_id = ? and study_year = ?", Double.class, memberId, year);
        MemberLabel label = organization.memberLabels(List.of(memberId)).get(memberId);
        if (label == null) {
            throw new NotFoundException();
        }
        int score = s.score(n);
        return new MemberPoints(
                memberId,
                label.name(),
                branchId,
                label.branchName(),
                year,
                s.getBasePoints(),
                n,
                score,
                s.band(score),
                hours.isEmpty() ? 0 : hours.get(0),
                s.getStudyHoursTarget());
    }

    @Transactional(readOnly = true)
    public List<HistoryRow> history(long memberId, int year, int offset, int limit) {
        checkMember(memberId);
        return jdbc.query(
                """
                select e.id, e.entry_date, r.name, r.category, e.points, e.source_type, e.source_id, e.reason,
                       e.recorded_by, e.approved_by, e.reverses_id
                from points_entry e join points_rule r on r.id = e.rule_id
                where e.member_id = ? and e.entry_date between ? and ?
                order by e.entry_date desc, e.id desc limit ? offset ?""",
                (rs, i) -> new HistoryRow(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        RuleCategory.valueOf(rs.getString(4)),
                        rs.getInt(5),
                        SourceType.valueOf(rs.getString(6)),
                        rs.getObject(7, Long.class),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, Long.class)),
                memberId,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                limit,
                offset);
    }

    @Transactional(readOnly = true)
    public int historyCount(long memberId, int year) {
        checkMember(memberId);
        Integer n = jdbc.queryForObject(
                "select count(*) from points_entry where member_id = ? and entry_date between ? and ?",
                Integer.class,
                memberId,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        return n == null ? 0 : n;
    }

    /** The yearly score at the end of each month (12 values), for the chart. */
    @Transactional(readOnly = true)
    public int[] monthlyScores(long memberId, int year) {
        checkMember(memberId);
        PointsSettings s = rulesService.current();
        int[] monthNet = new int[12];
        jdbc.query(
                "select period, net from points_total where member_id = ? and period between ? and ?",
                rs -> {
                    int p = rs.getInt(1) % 100;
                    if (p >= 1 && p <= 12) {
                        monthNet[p - 1] = rs.getInt(2);
                    }
                },
                memberId,
                Periods.month(year, 1),
                Periods.month(year, 12));
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
        Long branch = organization.branchesOfMembers(List.of(memberId)).get(memberId);
        if (branch == null) {
            throw new NotFoundException();
        }
        boolean allowed = user.seesWholeHospital()
                || Long.valueOf(memberId).equals(user.memberId())
                || (user.isSecretary() && branch.equals(user.branchId()));
        if (!allowed) {
            throw new NotFoundException();
        }
        return branch;
    }
}
