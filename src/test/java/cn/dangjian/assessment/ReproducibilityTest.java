package cn.dangjian.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.calendar.ComplianceService;
import cn.dangjian.calendar.DueItem;
import cn.dangjian.calendar.DueState;
import cn.dangjian.common.BusinessException;
import cn.dangjian.common.contracts.CoConstructionFacts;
import cn.dangjian.common.contracts.FollowUpFacts;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.PairingFilter;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingRow;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every automatic number is reproducible: each automatic score of every open sheet of this year's demo campaign is
 * recomputed by the service and compared with a score computed here from the raw rows (members, committees,
 * points totals and settings, pairings, held events), with this test's own arithmetic. Two inputs are taken from
 * their feature's per-branch reading instead of raw rows, because re-implementing their rules here would test a
 * copy, not the number: duty outcomes (ComplianceService.branchItems, the calendar's timetable, not the heatmap the
 * assessment reads) and a pairing's alive verdict and goals (the pairing list's computed health).
 */
@IntegrationTest
class ReproducibilityTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CampaignService campaigns;

    @Autowired
    SchemeService schemes;

    @Autowired
    SheetService sheets;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    ComplianceService compliance;

    @Autowired
    PairingService pairings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ObjectProvider<FollowUpFacts> followUpFacts;

    @Autowired
    ObjectProvider<CoConstructionFacts> coConstructionFacts;

    private AssessmentTestSupport t;

    @BeforeEach
    void setUp() {
        t = new AssessmentTestSupport(users, campaigns, schemes, sheets, organization);
    }

    /** What this test counts per branch from the raw rows. */
    private record Raw(Map<String, Double> values, Set<String> committee, Set<String> size) {}

    static double linear(double x, double low, double high, double max) {
        double share = high <= low ? (x >= high ? 1 : 0) : Math.min(1, Math.max(0, (x - low) / (high - low)));
        return Math.round(share * max * 10) / 10.0;
    }

    /**
     * Key tasks, brand months and needs have no raw rows in this build's own features: they come from the plan's
     * and the pairing feature's facts when those are installed (their numbers are tested there), else score 0.
     */
    private double followUp(ScoreLine l, double low, double high, long branch) {
        int year = year();
        FollowUpFacts f = followUpFacts.getIfAvailable();
        CoConstructionFacts co = coConstructionFacts.getIfAvailable();
        double max = l.max();
        return switch (l.formula()) {
            case KEY_TASKS_ON_TIME -> {
                if (f == null) {
                    yield 0;
                }
                FollowUpFacts.Assignments a = f.assignments(year).get(branch);
                yield a == null || a.total() == 0
                        ? max
                        : linear((double) a.acceptedOnTime() / a.total(), low, high, max);
            }
            case BRAND_MONTHS ->
                f == null ? 0 : linear(f.brandMonthsWithResults(year).getOrDefault(branch, 0), low, high, max);
            case NEEDS_SATISFIED -> {
                if (co == null) {
                    yield 0;
                }
                CoConstructionFacts.Joint j = co.byBranch(year).get(branch);
                yield j == null || j.needsReceived() == 0
                        ? max
                        : linear((double) j.needsSatisfied() / j.needsReceived(), low, high, max);
            }
            default -> throw new IllegalStateException();
        };
    }

    private double jointEvents(Raw r, long branch) {
        CoConstructionFacts co = coConstructionFacts.getIfAvailable();
        if (co == null) {
            return r.values().get("joint");
        }
        CoConstructionFacts.Joint j = co.byBranch(year()).get(branch);
        return j == null ? 0 : j.jointEventsHeld();
    }

    /** Last year's branch honours that count (先进基层党组织, 最佳党日活动), from the register's rows. */
    private int honours(long branch) {
        Integer n = jdbc.queryForObject(
                "select count(*) from assessment_honour where branch_id = ? and honour_year = ?"
                        + " and award in ('ADVANCED_BRANCH', 'BEST_PARTY_DAY')",
                Integer.class,
                branch,
                year() - 1);
        return n == null ? 0 : n;
    }

    private double expected(ScoreLine l, double low, double high, Raw r, long branch) {
        Map<String, Double> v = r.values();
        double max = l.max();
        return switch (l.formula()) {
            case DUTY_ON_TIME ->
                v.get("decided") == 0 ? max : linear(v.get("onTime") / v.get("decided"), low, high, max);
            case COMMITTEE_VALID -> r.committee().isEmpty() ? max : 0;
            case BRANCH_SIZE -> r.size().isEmpty() ? max : 0;
            case MEMBERS_GOOD_SHARE ->
                v.get("members") == 0 ? 0 : linear(v.get("good") / v.get("members"), low, high, max);
            case AVERAGE_POINTS -> v.get("members") == 0 ? 0 : linear(v.get("average"), low, high, max);
            case PAIRING_ALIVE -> v.get("live") == 0 ? 0 : linear(v.get("alive") / v.get("live"), low, high, max);
            case PAIRING_GOALS_MET ->
                v.get("goalsDue") == 0
                        ? (v.get("live") == 0 ? 0 : max)
                        : linear(v.get("goalsMet") / v.get("goalsDue"), low, high, max);
            case JOINT_EVENTS -> linear(jointEvents(r, branch), low, high, max);
            case DUAL_LEADER -> v.get("dual") > 0 ? max : 0;
            case KEY_TASKS_ON_TIME, BRAND_MONTHS, NEEDS_SATISFIED -> followUp(l, low, high, branch);
            case BRANCH_HONOURS -> Math.min(max, Math.round(low * honours(branch) * 10) / 10.0);
            case null -> throw new IllegalStateException();
        };
    }

    private Map<Long, Raw> raw(int year) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<String, Double>> v = new HashMap<>();
        Map<Long, Set<String>> committee = new HashMap<>();
        Map<Long, Set<String>> size = new HashMap<>();
        Map<Long, Boolean> serving = new HashMap<>();
        Map<Long, LocalDate> termEnd = new HashMap<>();
        jdbc.query("select id, kind, term_end from party_branch", rs -> {
            long id = rs.getLong(1);
            serving.put(id, !"RETIREE".equals(rs.getString(2)));
            Date end = rs.getDate(3);
            if (end != null) {
                termEnd.put(id, end.toLocalDate());
            }
            Map<String, Double> m = new HashMap<>();
            for (String k : List.of(
                    "decided",
                    "onTime",
                    "members",
                    "good",
                    "average",
                    "live",
                    "alive",
                    "goalsDue",
                    "goalsMet",
                    "joint",
                    "dual",
                    "full",
                    "all",
                    "seats",
                    "secretaries")) {
                m.put(k, 0.0);
            }
            v.put(id, m);
            committee.put(id, new HashSet<>());
            size.put(id, new HashSet<>());
        });
        jdbc.query("select branch_id, sum(status = 'FULL'), count(*) from party_member group by branch_id", rs -> {
            v.get(rs.getLong(1)).put("full", rs.getDouble(2));
            v.get(rs.getLong(1)).put("all", rs.getDouble(3));
        });
        jdbc.query(
                "select branch_id, count(*), sum(role = 'SECRETARY') from committee_member group by branch_id", rs -> {
                    v.get(rs.getLong(1)).put("seats", rs.getDouble(2));
                    v.get(rs.getLong(1)).put("secretaries", rs.getDouble(3));
                });
        jdbc.query("""
                select cm.branch_id from committee_member cm join party_member m on m.id = cm.member_id
                join party_branch b on b.id = cm.branch_id
                where cm.role = 'SECRETARY' and (m.department_head = 1 or m.key_staff = 1) and b.kind <> 'RETIREE'""", rs -> {
            v.get(rs.getLong(1)).put("dual", 1.0);
        });
        Map<String, Object> settings = jdbc.queryForMap("select base_points, band_good from points_settings limit 1");
        int base = ((Number) settings.get("base_points")).intValue();
        int good = ((Number) settings.get("band_good")).intValue();
        jdbc.query(
                """
                select m.branch_id, coalesce(t.net, 0) from party_member m
                left join points_total t on t.member_id = m.id and t.period = ?""",
                rs -> {
                    Map<String, Double> m = v.get(rs.getLong(1));
                    int score = Math.max(0, base + rs.getInt(2));
                    m.merge("members", 1.0, Double::sum);
                    m.merge("good", score >= good ? 1.0 : 0.0, Double::sum);
                    m.merge("sum", (double) score, Double::sum);
                },
                year * 100);
        Map<Long, long[]> parties = new HashMap<>();
        // Two-party pairings: the pairing list (and so the assessment's pairing indicators) leaves alliances out;
        // an alliance's work counts through joint events and needs (decision 0022).
        jdbc.query(
                "select id, branch_id, coalesce(partner_branch_id, -1), status from pairing where kind <> 'ALLIANCE'",
                rs -> {
                    long[] p = {rs.getLong(2), rs.getLong(3)};
                    parties.put(rs.getLong(1), p);
                    if (Set.of("ACTIVE", "UNDER_REVIEW", "RENEWED").contains(rs.getString(4))) {
                        for (long b : p) {
                            if (v.containsKey(b)) {
                                v.get(b).merge("live", 1.0, Double::sum);
                            }
                        }
                    }
                });
        jdbc.query(
                """
                select branch_id, pairing_id from cal_event
                where status = 'HELD' and pairing_id is not null and held_date between ? and ?""",
                rs -> {
                    Set<Long> ps = new HashSet<>(List.of(rs.getLong(1)));
                    long[] p = parties.get(rs.getLong(2));
                    if (p != null) {
                        ps.add(p[0]);
                        ps.add(p[1]);
                    }
                    ps.stream().filter(v::containsKey).forEach(b -> v.get(b).merge("joint", 1.0, Double::sum));
                },
                Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year, 12, 31)));
        for (PairingRow r : pairings.search(PairingFilter.none(), 0, 10_000, Sort.unsorted())) {
            if (r.health() == null) {
                continue;
            }
            for (Long b : new HashSet<>(Arrays.asList(r.branchId(), r.partnerBranchId()))) {
                if (b != null && v.containsKey(b)) {
                    v.get(b).merge("alive", r.healthValue() == PairingHealth.ALIVE ? 1.0 : 0.0, Double::sum);
                    v.get(b).merge("goalsDue", (double) r.goalsDue(), Double::sum);
                    v.get(b).merge("goalsMet", (double) r.goalsDueMet(), Double::sum);
                }
            }
        }
        Map<Long, Raw> result = new HashMap<>();
        v.forEach((id, m) -> {
            for (DueItem item : compliance.branchItems(id, year)) {
                if (item.state() != DueState.PENDING) {
                    m.merge("decided", 1.0, Double::sum);
                }
                if (item.state() == DueState.ON_TIME) {
                    m.merge("onTime", 1.0, Double::sum);
                }
            }
            m.put(
                    "average",
                    m.get("members") == 0 ? 0 : Math.round(m.getOrDefault("sum", 0.0) / m.get("members") * 10) / 10.0);
            if (m.get("full") >= 7 && m.get("seats") == 0) {
                committee.get(id).add("NEEDS_COMMITTEE");
            }
            if (serving.get(id) && m.get("secretaries") == 0) {
                committee.get(id).add("NO_SECRETARY");
            }
            if (m.get("seats") > 0 && termEnd.containsKey(id) && termEnd.get(id).isBefore(today)) {
                committee.get(id).add("TERM_OVERDUE");
            }
            if (m.get("full") < 3) {
                size.get(id).add("TOO_FEW_FULL_MEMBERS");
            }
            if (m.get("all") > 50) {
                size.get(id).add("TOO_LARGE");
            }
            result.put(id, new Raw(m, committee.get(id), size.get(id)));
        });
        return result;
    }

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    @Test
    void every_automatic_score_of_every_open_sheet_equals_an_independent_computation() {
        t.run(Demo.ADMIN, () -> {
            Campaign c = campaigns.campaign(year()).orElseThrow();
            Map<String, SchemeItem> items = new HashMap<>();
            schemes.items(c.getSchemeId()).forEach(i -> items.put(i.getName(), i));
            List<SheetRow> open = campaigns.sheets(c.getId()).stream()
                    .filter(r -> r.status() == SheetStatus.OPEN)
                    .toList();
            assertThat(open).hasSizeGreaterThanOrEqualTo(2);
            open.forEach(r -> sheets.recompute(r.sheetId()));
            Map<Long, Raw> raw = raw(year());
            int compared = 0;
            Set<Formula> seen = new HashSet<>();
            for (SheetRow r : open) {
                for (ScoreLine l : sheets.detail(r.sheetId()).lines()) {
                    if (l.measure() != Measure.AUTOMATIC) {
                        continue;
                    }
                    SchemeItem item = items.get(l.indicator());
                    double want = expected(l, item.low(), item.high(), raw.get(r.branchId()), r.branchId());
                    assertThat(l.auto())
                            .as("%s · %s (%s)", r.code(), l.indicator(), l.evidenceText())
                            .isEqualTo(want);
                    seen.add(l.formula());
                    compared++;
                }
            }
            assertThat(seen).containsExactlyInAnyOrder(Formula.values());
            assertThat(compared).isEqualTo(open.size() * Formula.values().length);
        });
    }

    /** The C11 secretary's 双带头人 flags, flipped (or put back) by hand: a change to the records. */
    private void setFlags(long branchId, boolean head, boolean key) {
        jdbc.update("""
                update party_member set department_head = ?, key_staff = ?
                where id = (select member_id from committee_member where branch_id = ? and role = 'SECRETARY' limit 1)""", head, key, branchId);
    }

    private boolean[] flags(long branchId) {
        return jdbc.queryForObject("""
                select m.department_head, m.key_staff from committee_member cm join party_member m on m.id = cm.member_id
                where cm.branch_id = ? and cm.role = 'SECRETARY' limit 1""", (rs, n) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)}, branchId);
    }

    private boolean dualLeader(long branchId) {
        Integer n = jdbc.queryForObject("""
                select count(*) from committee_member cm join party_member m on m.id = cm.member_id
                where cm.branch_id = ? and cm.role = 'SECRETARY' and (m.department_head = 1 or m.key_staff = 1)""", Integer.class, branchId);
        return n != null && n > 0;
    }

    private static ScoreLine dualLine(SheetDetail d) {
        return d.lines().stream()
                .filter(l -> l.formula() == Formula.DUAL_LEADER)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_changed_record_changes_the_score_before_submission_and_not_after_lock() {
        long branch = t.branchId("C11");
        boolean was = dualLeader(branch);
        boolean[] original = flags(branch);
        Campaign current = t.as(Demo.ADMIN, () -> campaigns.campaign(year()).orElseThrow());
        long open = t.sheetId(current, "C11");
        Campaign locked = t.campaign(2033, 0);
        long closed = t.sheetId(locked, "C11");
        t.run(Demo.ADMIN, () -> {
            Campaign p = campaigns.publish(locked.getId(), locked.getVersion());
            campaigns.lock(p.getId(), p.getVersion());
        });
        try {
            SheetDetail before = t.as(Demo.SECRETARY_C11, () -> {
                sheets.recompute(open);
                return sheets.detail(open);
            });
            SheetDetail lockedBefore = t.as(Demo.ADMIN, () -> sheets.detail(closed));
            setFlags(branch, !was, !was);
            SheetDetail after = t.as(Demo.SECRETARY_C11, () -> {
                sheets.recompute(open);
                return sheets.detail(open);
            });
            double delta = dualLine(after).auto() - dualLine(before).auto();
            assertThat(Math.abs(delta)).isEqualTo(dualLine(before).max());
            assertThat(after.total()).isEqualTo(Measures.round(before.total() + delta));

            SheetDetail lockedAfter = t.as(Demo.ADMIN, () -> sheets.detail(closed));
            assertThat(dualLine(lockedAfter).auto())
                    .isEqualTo(dualLine(lockedBefore).auto());
            assertThat(lockedAfter.total()).isEqualTo(lockedBefore.total());
            assertThatThrownBy(() -> t.run(Demo.ADMIN, () -> sheets.recompute(closed)))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("assessment.sheet.closed");
        } finally {
            setFlags(branch, original[0], original[1]);
            t.run(Demo.SECRETARY_C11, () -> sheets.recompute(open));
        }
    }
}
