package cn.dangjian.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.points.PointsLedgerService;
import cn.dangjian.points.SourceType;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Honours feed points and the next assessment through rules: a member honour awards its seeded points rule once
 * (the rule's current points, as the administrator left them), revoking reverses it with a compensating entry;
 * last year's branch honours score the BRANCH_HONOURS indicator, points per honour capped by its maximum.
 */
@IntegrationTest
class HonourRulesTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CampaignService campaigns;

    @Autowired
    SchemeService schemes;

    @Autowired
    SheetService sheets;

    @Autowired
    HonourService honours;

    @Autowired
    PointsLedgerService ledger;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long memberOf(String code, int nth) {
        return jdbc.queryForObject(
                "select m.id from party_member m join party_branch b on b.id = m.branch_id where b.code = ?"
                        + " order by m.id limit 1 offset " + nth,
                Long.class,
                code);
    }

    /** The member's ledger entries from this honour: [count, sum of points], reversals included. */
    private int[] entries(long member, long entryOrNone) {
        Map<String, Object> r = jdbc.queryForMap(
                "select count(*) n, coalesce(sum(points), 0) s from points_entry where member_id = ?"
                        + " and (id = ? or reverses_id = ?)",
                member,
                entryOrNone,
                entryOrNone);
        return new int[] {((Number) r.get("n")).intValue(), ((Number) r.get("s")).intValue()};
    }

    @Test
    void a_member_honour_awards_its_rule_once_and_revoking_it_reverses_the_entry() {
        AssessmentTestSupport t = new AssessmentTestSupport(users, campaigns, schemes, sheets, organization);
        LocalDate today = LocalDate.now(clock);
        long member = memberOf("C11", 3);
        // The administrator edits the seeded rule like any other: the award takes its current points.
        jdbc.update("update points_rule set points = 7 where code = 'HONOUR_ROLE_MODEL'");
        Honour h = t.as(
                Demo.ADMIN,
                () -> honours.add(new HonourInput(
                        today.getYear() - 1, AwardKind.ROLE_MODEL, member, null, null, today, "身边的榜样")));
        try {
            assertThat(h.getPointsEntryId()).isNotNull();
            long entry = h.getPointsEntryId();
            Map<String, Object> row =
                    jdbc.queryForMap("select points, source_type, source_id from points_entry where id = ?", entry);
            assertThat(((Number) row.get("points")).intValue()).isEqualTo(7);
            assertThat(row.get("source_type")).isEqualTo(SourceType.HONOUR.name());
            assertThat(((Number) row.get("source_id")).longValue()).isEqualTo(h.getId());

            // Saved twice: the register refuses the second, and the ledger never awards one honour twice.
            assertThatThrownBy(() -> t.run(
                            Demo.ADMIN,
                            () -> honours.add(new HonourInput(
                                    today.getYear() - 1, AwardKind.ROLE_MODEL, member, null, null, today, null))))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("assessment.honour.duplicate");
            Long again = t.as(
                    Demo.ADMIN,
                    () -> ledger.awardOnce(member, "HONOUR_ROLE_MODEL", SourceType.HONOUR, h.getId(), today, "again"));
            assertThat(again).isEqualTo(entry);
            assertThat(entries(member, entry)).containsExactly(1, 7);

            t.run(Demo.ADMIN, () -> honours.delete(h.getId()));
            assertThat(entries(member, entry)).containsExactly(2, 0);
            assertThat(t.as(Demo.ADMIN, () -> honours.ofMember(member))).noneMatch(r -> r.id() == h.getId());
        } finally {
            jdbc.update("update points_rule set points = 5 where code = 'HONOUR_ROLE_MODEL'");
        }
    }

    @Test
    void a_turned_off_rule_awards_nothing_and_the_honour_stands() {
        AssessmentTestSupport t = new AssessmentTestSupport(users, campaigns, schemes, sheets, organization);
        LocalDate today = LocalDate.now(clock);
        long member = memberOf("C11", 4);
        jdbc.update("update points_rule set active = 0 where code = 'HONOUR_PARTY_WORKER'");
        try {
            Honour h = t.as(
                    Demo.ADMIN,
                    () -> honours.add(new HonourInput(
                            today.getYear() - 1, AwardKind.EXCELLENT_PARTY_WORKER, member, null, null, today, null)));
            assertThat(h.getPointsEntryId()).isNull();
            t.run(Demo.ADMIN, () -> honours.delete(h.getId()));
        } finally {
            jdbc.update("update points_rule set active = 1 where code = 'HONOUR_PARTY_WORKER'");
        }
    }

    private static ScoreLine honourLine(SheetDetail d) {
        return d.lines().stream()
                .filter(l -> l.formula() == Formula.BRANCH_HONOURS)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void last_years_branch_honours_score_points_each_in_the_next_campaign_capped_by_the_maximum() {
        AssessmentTestSupport t = new AssessmentTestSupport(users, campaigns, schemes, sheets, organization);
        int year = 2037;
        long once = t.branchId("C11");
        long twice = t.branchId("C08");
        long heldEvent = jdbc.queryForObject(
                "select min(id) from cal_event where branch_id = ? and status = 'HELD'", Long.class, twice);
        LocalDate decided = LocalDate.of(year, 1, 20);
        long h1 = t.as(
                        Demo.ADMIN,
                        () -> honours.add(
                                new HonourInput(year - 1, AwardKind.ADVANCED_BRANCH, null, once, null, decided, null)))
                .getId();
        long h2 = t.as(
                        Demo.ADMIN,
                        () -> honours.add(
                                new HonourInput(year - 1, AwardKind.ADVANCED_BRANCH, null, twice, null, decided, null)))
                .getId();
        long h3 = t.as(
                        Demo.ADMIN,
                        () -> honours.add(new HonourInput(
                                year - 1, AwardKind.BEST_PARTY_DAY, null, twice, heldEvent, decided, null)))
                .getId();
        try {
            Campaign c = t.campaign(year, 7);
            SheetDetail one = t.as(Demo.ADMIN, () -> sheets.detail(t.sheetId(c, "C11")));
            SheetDetail two = t.as(Demo.ADMIN, () -> sheets.detail(t.sheetId(c, "C08")));
            SheetDetail none = t.as(Demo.ADMIN, () -> sheets.detail(t.sheetId(c, "C01")));
            ScoreLine l = honourLine(one);
            SchemeItem item = t.as(Demo.ADMIN, () -> schemes.items(c.getSchemeId())).stream()
                    .filter(i -> i.getFormula() == Formula.BRANCH_HONOURS)
                    .findFirst()
                    .orElseThrow();
            assertThat(l.auto()).isEqualTo(Math.min(item.getMaxScore(), item.low()));
            assertThat(l.evidenceText()).isEqualTo("assessment.evidence.honours|1|" + (year - 1));
            assertThat(honourLine(two).auto()).isEqualTo(Math.min(item.getMaxScore(), 2 * item.low()));
            assertThat(honourLine(none).auto()).isZero();
            assertThat(item.low() * 2).as("the seed caps two honours").isGreaterThan(item.getMaxScore());
        } finally {
            t.run(Demo.ADMIN, () -> {
                honours.delete(h1);
                honours.delete(h2);
                honours.delete(h3);
            });
        }
    }
}
