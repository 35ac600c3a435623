package cn.dangjian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.calendar.ComplianceFigures;
import cn.dangjian.calendar.ComplianceService;
import cn.dangjian.calendar.ComplianceTotals;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.PairingFilter;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.points.Band;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import cn.dangjian.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The dashboards' aggregates agree with the raw rows of the demo hospital, counted here by independent SQL. */
@IntegrationTest
class DashboardFiguresTest {

    @Autowired
    HospitalDashboardService hospital;

    @Autowired
    BranchDashboardService branches;

    @Autowired
    ComplianceService compliance;

    @Autowired
    PairingService pairings;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private HospitalFigures hospitalFigures() {
        return SignedIn.as(users, Demo.LEADER, hospital::figures);
    }

    @Test
    void the_completion_line_stops_at_this_month_and_last_year_runs_to_december() {
        HospitalFigures f = hospitalFigures();
        int month = f.today().getMonthValue();
        for (int m = month; m < 12; m++) {
            assertThat(f.completion().get(m))
                    .as("month %d is still to come", m + 1)
                    .isNull();
        }
        // The demo holds its meetings in every past month, so each has a figure.
        for (int m = 0; m < month - 1; m++) {
            assertThat(f.completion().get(m)).as("month %d", m + 1).isNotNull();
        }
        assertThat(f.completionLastYear()).hasSize(12).doesNotContainNull();
    }

    @Test
    void members_and_probation_ends_match_the_member_rows() {
        HospitalFigures f = hospitalFigures();
        assertThat(f.fullMembers())
                .isEqualTo(jdbc.queryForObject("select count(*) from party_member where status = 'FULL'", Long.class));
        long probationary =
                jdbc.queryForObject("select count(*) from party_member where status = 'PROBATIONARY'", Long.class);
        assertThat(probationary).isPositive();
        assertThat(f.probationaryMembers()).isEqualTo(probationary);
        Map<YearMonth, Long> expected = new HashMap<>();
        jdbc.query(
                "select date_format(date_add(joined_date, interval 1 year), '%Y-%m'), count(*) from party_member"
                        + " where status = 'PROBATIONARY' group by 1",
                rs -> {
                    expected.put(YearMonth.parse(rs.getString(1)), rs.getLong(2));
                });
        assertThat(f.conversionsDue()).isEqualTo(expected);
    }

    @Test
    void points_bands_and_branch_averages_match_the_totals_table() {
        HospitalFigures f = hospitalFigures();
        int year = LocalDate.now(clock).getYear();
        Map<String, Object> s = jdbc.queryForMap("select * from points_settings limit 1");
        int base = ((Number) s.get("base_points")).intValue();
        String score = "greatest(0, " + base + " + coalesce(t.net, 0))";
        String from =
                " from party_member m left join points_total t on t.member_id = m.id and t.period = " + year * 100;
        int excellent = jdbc.queryForObject(
                "select count(*)" + from + " where " + score + " >= " + s.get("band_excellent"), Integer.class);
        int fail = jdbc.queryForObject(
                "select count(*)" + from + " where " + score + " < " + s.get("band_pass"), Integer.class);
        int all = jdbc.queryForObject("select count(*) from party_member", Integer.class);
        assertThat(f.pointsBands().get(Band.EXCELLENT)).isEqualTo(excellent);
        assertThat(f.pointsBands().get(Band.FAIL)).isEqualTo(fail);
        assertThat(f.pointsBands().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(all);
        Map<Long, Double> averages = new HashMap<>();
        jdbc.query("select m.branch_id, avg(" + score + ")" + from + " group by m.branch_id", rs -> {
            averages.put(rs.getLong(1), Math.round(rs.getDouble(2) * 10) / 10.0);
        });
        assertThat(f.averages()).hasSize(averages.size());
        f.averages().forEach(a -> assertThat(a.average()).as(a.name()).isEqualTo(averages.get(a.branchId())));
        // Peer groups: the averages come grouped by branch kind.
        assertThat(f.averages()).isSortedAccordingTo((a, b) -> a.kind().compareTo(b.kind()));
    }

    @Test
    void pairings_overdue_and_completion_agree_with_their_sources() {
        HospitalFigures f = hospitalFigures();
        int live = jdbc.queryForObject(
                // Two-party pairings here; alliances (left out of the pairing list) are counted apart below.
                "select count(*) from pairing where status in ('ACTIVE', 'UNDER_REVIEW', 'RENEWED')"
                        + " and kind <> 'ALLIANCE'",
                Integer.class);
        int charted = 0;
        for (AllianceLevel level : AllianceLevel.values()) {
            charted += f.pairingHealth().get(level).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }
        assertThat(charted).isEqualTo(live);
        int dormant = f.pairingHealth().values().stream()
                .mapToInt(m -> m.get(PairingHealth.DORMANT))
                .sum();
        int expectedDormant = SignedIn.as(
                users, Demo.LEADER, () -> pairings.count(new PairingFilter(null, null, null, PairingHealth.DORMANT)));
        assertThat(dormant).isEqualTo(expectedDormant).isPositive();

        // Alliances by their own level, every live one with its health.
        for (AllianceLevel level : AllianceLevel.values()) {
            int liveAlliances = jdbc.queryForObject(
                    "select count(*) from pairing where status in ('ACTIVE', 'UNDER_REVIEW', 'RENEWED')"
                            + " and kind = 'ALLIANCE' and alliance_level = ?",
                    Integer.class,
                    level.name());
            assertThat(f.allianceHealth().get(level).values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .as(level.name())
                    .isEqualTo(liveAlliances);
        }
        assertThat(f.allianceHealth().values().stream()
                        .flatMap(m -> m.values().stream())
                        .mapToInt(Integer::intValue)
                        .sum())
                .isPositive();

        ComplianceTotals totals =
                SignedIn.as(users, Demo.LEADER, () -> ComplianceTotals.of(compliance.heatmap(f.year())));
        assertThat(f.overdue()).hasSize(totals.overdue());
        assertThat(f.onTimePercent()).isEqualTo(totals.onTimePercent());
        assertThat(f.branchesByBand().values().stream().mapToInt(List::size).sum())
                .isEqualTo(f.branches());
    }

    @Test
    void branch_attendance_and_points_trend_match_the_rows() {
        long c08 = TestAccounts.branchId(jdbc, "C08");
        BranchFigures f = SignedIn.as(users, Demo.SECRETARY_C08, () -> branches.figures(c08));
        int year = f.year();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select e.id, sum(case when a.status = 'PRESENT' then 1 else 0 end) present, count(*) listed
                from cal_event e join cal_attendance a on a.event_id = e.id
                where e.branch_id = ? and e.status = 'HELD' and year(e.held_date) = ?
                group by e.id order by e.held_date, e.id""", c08, year);
        assertThat(rows).isNotEmpty();
        assertThat(f.attendance()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ComplianceFigures.MeetingAttendance m = f.attendance().get(i);
            assertThat(m.eventId()).isEqualTo(((Number) rows.get(i).get("id")).longValue());
            assertThat(m.present()).isEqualTo(((Number) rows.get(i).get("present")).intValue());
            assertThat(m.listed()).isEqualTo(((Number) rows.get(i).get("listed")).intValue());
        }
        int month = f.today().getMonthValue();
        long members = jdbc.queryForObject("select count(*) from party_member where branch_id = ?", Long.class, c08);
        long net = jdbc.queryForObject(
                "select coalesce(sum(net), 0) from points_total where branch_id = ? and period between ? and ?",
                Long.class,
                c08,
                year * 100 + 1,
                year * 100 + month);
        int base = jdbc.queryForObject("select base_points from points_settings limit 1", Integer.class);
        assertThat(f.pointsTrend()[month - 1]).isEqualTo(Math.round((base + (double) net / members) * 10) / 10.0);
        assertThat(f.bands().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo((int) members);
        assertThat(f.upcoming()).allSatisfy(i -> assertThat(i.dueDate()).isAfterOrEqualTo(f.today()));
    }

    @Test
    void a_secretary_reads_no_other_branch_and_not_the_hospital() {
        long c11 = TestAccounts.branchId(jdbc, "C11");
        assertThatThrownBy(() -> SignedIn.as(users, Demo.SECRETARY_C08, () -> branches.figures(c11)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(users, Demo.SECRETARY_C08, hospital::figures))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, Demo.ADMIN, () -> branches.figures(-1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(
                        users, Demo.ADMIN, () -> branches.figures(c11).branch().code()))
                .isEqualTo("C11");
    }
}
