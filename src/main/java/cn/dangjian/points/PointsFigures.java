package cn.dangjian.points;

import cn.dangjian.organization.BranchRef;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points in aggregate for the dashboards: bands and averages per branch in one grouped query over the
 * maintained totals, a branch's monthly trend, and the thresholds a member's progress is drawn against.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.LEADER + "', '" + Roles.SECRETARY + "')")
public class PointsFigures {

    private final JdbcTemplate jdbc;
    private final PointsRulesService rulesService;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    PointsFigures(
            JdbcTemplate jdbc,
            PointsRulesService rulesService,
            OrganizationDirectory organization,
            CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.rulesService = rulesService;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    /** The yearly bands' lower bounds, the base every member starts from and the study-hours target. */
    public record Thresholds(int excellent, int good, int pass, int base, int studyTarget) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Thresholds thresholds() {
        PointsSettings s = rulesService.current();
        return new Thresholds(
                s.getBandExcellent(), s.getBandGood(), s.getBandPass(), s.getBasePoints(), s.getStudyHoursTarget());
    }

    /**
     * Every visible branch's members by band and their average yearly score, as the annual evaluation counts
     * them (a member without a total scores the base). One grouped query; the member counts come from the
     * organisation.
     */
    @Transactional(readOnly = true)
    public List<BranchBands> branchBands(int year) {
        PointsSettings s = rulesService.current();
        int base = s.getBasePoints();
        Map<Long, long[]> counted = new HashMap<>();
        jdbc.query(
                """
                select branch_id, count(*),
                  sum(case when greatest(0, ? + net) >= ? then 1 else 0 end),
                  sum(case when greatest(0, ? + net) >= ? and greatest(0, ? + net) < ? then 1 else 0 end),
                  sum(case when greatest(0, ? + net) >= ? and greatest(0, ? + net) < ? then 1 else 0 end),
                  sum(greatest(0, ? + net))
                from points_total where period = ? group by branch_id""",
                rs -> {
                    counted.put(
                            rs.getLong(1),
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
                },
                base,
                s.getBandExcellent(),
                base,
                s.getBandGood(),
                base,
                s.getBandExcellent(),
                base,
                s.getBandPass(),
                base,
                s.getBandGood(),
                base,
                Periods.year(year));
        Map<Long, Long> sizes = organization.memberCountsByBranch();
        Long scope = currentUser.branchScope().orElse(null);
        Band baseBand = s.band(s.score(0));
        List<BranchBands> result = new ArrayList<>();
        for (BranchRef b : organization.branches()) {
            long members = sizes.getOrDefault(b.id(), 0L);
            if (members == 0 || (scope != null && !scope.equals(b.id()))) {
                continue;
            }
            long[] c = counted.getOrDefault(b.id(), new long[5]);
            long rest = Math.max(0, members - c[0]);
            int excellent = (int) c[1] + (baseBand == Band.EXCELLENT ? (int) rest : 0);
            int good = (int) c[2] + (baseBand == Band.GOOD ? (int) rest : 0);
            int pass = (int) c[3] + (baseBand == Band.PASS ? (int) rest : 0);
            int fail = (int) (c[0] - c[1] - c[2] - c[3]) + (baseBand == Band.FAIL ? (int) rest : 0);
            double average = (c[4] + rest * (double) s.score(0)) / members;
            result.add(new BranchBands(
                    b.id(), b.code(), b.name(), excellent, good, pass, fail, Math.round(average * 10) / 10.0));
        }
        return result;
    }

    /** The branch's average yearly score at the end of each month (12 values), base included, as the branch board. */
    @Transactional(readOnly = true)
    public double[] branchTrend(long branchId, int year) {
        currentUser.requireCanReadBranch(branchId);
        long members = organization.memberCountsByBranch().getOrDefault(branchId, 0L);
        long[] monthNet = new long[12];
        jdbc.query(
                "select period, sum(net) from points_total where branch_id = ? and period between ? and ?"
                        + " group by period",
                rs -> {
                    int p = rs.getInt(1) % 100;
                    if (p >= 1 && p <= 12) {
                        monthNet[p - 1] = rs.getLong(2);
                    }
                },
                branchId,
                Periods.month(year, 1),
                Periods.month(year, 12));
        double[] result = new double[12];
        long running = 0;
        int base = rulesService.current().getBasePoints();
        for (int m = 0; m < 12; m++) {
            running += monthNet[m];
            result[m] = members == 0 ? 0 : Math.round((base + (double) running / members) * 10) / 10.0;
        }
        return result;
    }
}
