package cn.dangjian.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.pairing.PairingHealthRule;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.points.PointsLedgerService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every automatic number is reproducible on a small hospital built by hand ({@link HandBuiltHospital}): the
 * sheets of its four branches in this year's campaign are computed by the service, and every automatic score and
 * what it counted is compared with {@link RawCount}, which counts the raw rows with its own queries and
 * arithmetic. A record changed before submission changes the score on recompute; a locked sheet keeps its score.
 */
@IntegrationTest
class HandBuiltReproducibilityTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CampaignService campaigns;

    @Autowired
    SchemeService schemes;

    @Autowired
    SheetService sheets;

    @Autowired
    SheetRepository sheetRows;

    @Autowired
    ScoreRepository scoreRows;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PointsLedgerService ledger;

    @Autowired
    PairingService pairings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private AssessmentTestSupport t;
    private HandBuiltHospital hospital;

    @BeforeEach
    void build() {
        t = new AssessmentTestSupport(users, campaigns, schemes, sheets, organization);
        hospital = new HandBuiltHospital(jdbc, LocalDate.now(clock));
        try {
            t.run(Demo.ADMIN, () -> hospital.build(ledger));
        } catch (RuntimeException e) {
            hospital.remove();
            throw e;
        }
    }

    @AfterEach
    void remove() {
        hospital.remove();
    }

    /**
     * Opens sheets for the new branches in an existing campaign as starting it does (the campaign was started
     * before they existed): one sheet per branch, one score per indicator.
     */
    private Map<Long, Long> openSheets(Campaign c) {
        Map<Long, Long> byBranch = new HashMap<>();
        List<SchemeItem> indicators = t.as(Demo.ADMIN, () -> schemes.items(c.getSchemeId())).stream()
                .filter(i -> !i.isDimension())
                .toList();
        for (long b : hospital.branches) {
            Sheet s = sheetRows.save(new Sheet(c.getId(), b));
            indicators.forEach(i -> scoreRows.save(new Score(s.getId(), i.getId())));
            byBranch.put(b, s.getId());
        }
        return byBranch;
    }

    private Map<String, SchemeItem> items(Campaign c) {
        Map<String, SchemeItem> byName = new HashMap<>();
        t.as(Demo.ADMIN, () -> schemes.items(c.getSchemeId())).forEach(i -> byName.put(i.getName(), i));
        return byName;
    }

    /** Compares every automatic line of the branch's sheet with the raw count; returns the formulas compared. */
    private Set<Formula> compare(Campaign c, long branch, long sheet) {
        PairingHealthRule.Thresholds h = t.as(Demo.ADMIN, pairings::healthThresholds);
        RawCount raw = RawCount.of(
                jdbc, branch, LocalDate.now(clock), h.windowDays(), h.aliveMinEvidence(), h.aliveMinGoalShare());
        Map<String, SchemeItem> items = items(c);
        Set<Formula> seen = EnumSet.noneOf(Formula.class);
        for (ScoreLine l : t.as(Demo.ADMIN, () -> sheets.detail(sheet)).lines()) {
            if (l.measure() != Measure.AUTOMATIC || l.formula() == null) {
                continue;
            }
            SchemeItem item = items.get(l.indicator());
            RawCount.Expected want = raw.expected(l.formula(), item.low(), item.high(), l.max());
            String what = l.formula() + " of branch " + branch;
            assertThat(l.auto()).as(what).isEqualTo(want.score());
            assertThat(sorted(l.evidenceText())).as(what).isEqualTo(sorted(want.evidence()));
            seen.add(l.formula());
        }
        return seen;
    }

    /** The organisation lists broken rules in its own order; compare them as a set. */
    private static String sorted(String evidence) {
        if (!evidence.startsWith("assessment.evidence.rulesBroken|")) {
            return evidence;
        }
        String[] parts = evidence.substring(evidence.indexOf('|') + 1).split(",");
        java.util.Arrays.sort(parts);
        return "assessment.evidence.rulesBroken|" + String.join(",", parts);
    }

    private Campaign current() {
        return t.as(
                Demo.ADMIN,
                () -> campaigns.campaign(LocalDate.now(clock).getYear()).orElseThrow());
    }

    @Test
    void every_automatic_score_and_count_of_the_hand_built_branches_equals_an_independent_computation() {
        Campaign c = current();
        Map<Long, Long> sheetsByBranch = openSheets(c);
        t.run(Demo.ADMIN, () -> sheetsByBranch.values().forEach(sheets::recompute));
        for (long b : hospital.branches) {
            assertThat(compare(c, b, sheetsByBranch.get(b))).containsExactlyInAnyOrder(Formula.values());
        }
        // The hand-built records make the numbers differ between branches, so a constant cannot pass.
        Set<Double> duty = new java.util.HashSet<>();
        Set<Double> needs = new java.util.HashSet<>();
        for (long b : hospital.branches) {
            for (ScoreLine l :
                    t.as(Demo.ADMIN, () -> sheets.detail(sheetsByBranch.get(b))).lines()) {
                if (l.formula() == Formula.DUTY_ON_TIME) duty.add(l.auto());
                if (l.formula() == Formula.NEEDS_SATISFIED) needs.add(l.auto());
            }
        }
        assertThat(duty).hasSizeGreaterThan(1);
        assertThat(needs).hasSizeGreaterThan(1);
    }

    private static ScoreLine line(SheetDetail d, Formula f) {
        return d.lines().stream().filter(l -> l.formula() == f).findFirst().orElseThrow();
    }

    @Test
    void a_changed_record_changes_the_score_before_submission_and_not_after_lock() {
        Campaign c = current();
        long b2 = hospital.branches.get(1);
        long open = openSheets(c).get(b2);
        Campaign locked = t.campaign(2035, 0);
        long closed = t.sheetId(locked, "HB2");
        t.run(Demo.ADMIN, () -> {
            Campaign p = campaigns.publish(locked.getId(), locked.getVersion());
            campaigns.lock(p.getId(), p.getVersion());
        });
        t.run(Demo.ADMIN, () -> sheets.recompute(open));
        SheetDetail before = t.as(Demo.ADMIN, () -> sheets.detail(open));
        SheetDetail lockedBefore = t.as(Demo.ADMIN, () -> sheets.detail(closed));
        assertThat(line(before, Formula.DUAL_LEADER).auto()).isZero();

        // The secretary turns out to be a department head, and a missed monthly duty is held after all.
        jdbc.update(
                "update party_member set department_head = 1 where id = ?",
                hospital.members.get(b2).get(0));
        long monthly = jdbc.queryForObject("""
                select min(t.id) from cal_duty_rule r join cal_event_type t on t.id = r.event_type_id
                where r.recurrence = 'MONTHLY' and r.active = 1 and t.active = 1 and t.counts_compliance = 1
                and r.applies_serving = 1""", Long.class);
        LocalDate today = LocalDate.now(clock);
        LocalDate missed = null;
        for (int m = 1; m < today.getMonthValue(); m++) {
            LocalDate d = LocalDate.of(today.getYear(), m, 12);
            Integer n = jdbc.queryForObject(
                    "select count(*) from cal_event where branch_id = ? and event_type_id = ? and status = 'HELD'"
                            + " and month(held_date) = ? and year(held_date) = ?",
                    Integer.class,
                    b2,
                    monthly,
                    m,
                    today.getYear());
            if (n != null && n == 0) {
                missed = d;
                break;
            }
        }
        assertThat(missed).as("the pattern leaves a monthly duty unheld").isNotNull();
        hospital.event(b2, monthly, missed, "HELD", null);

        t.run(Demo.ADMIN, () -> sheets.recompute(open));
        SheetDetail after = t.as(Demo.ADMIN, () -> sheets.detail(open));
        assertThat(line(after, Formula.DUAL_LEADER).auto())
                .isEqualTo(line(after, Formula.DUAL_LEADER).max());
        assertThat(line(after, Formula.DUTY_ON_TIME).evidenceText())
                .isNotEqualTo(line(before, Formula.DUTY_ON_TIME).evidenceText());
        assertThat(after.total()).isGreaterThan(before.total());
        assertThat(compare(c, b2, open)).containsExactlyInAnyOrder(Formula.values());

        SheetDetail lockedAfter = t.as(Demo.ADMIN, () -> sheets.detail(closed));
        assertThat(lockedAfter.lines()).isEqualTo(lockedBefore.lines());
        assertThat(lockedAfter.total()).isEqualTo(lockedBefore.total());
        assertThatThrownBy(() -> t.run(Demo.ADMIN, () -> sheets.recompute(closed)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("assessment.sheet.closed");
    }
}
