package cn.dangjian.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.common.NotFoundException;
import cn.dangjian.organization.OrganizationDirectory;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The campaign from self-assessment to lock: who may do what, refusals, overrides, the audit trail. */
@IntegrationTest
class AssessmentWorkflowTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CampaignService campaigns;

    @Autowired
    SchemeService schemes;

    @Autowired
    SheetService sheets;

    @Autowired
    ResultsService results;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcTemplate jdbc;

    private AssessmentTestSupport t;

    @BeforeEach
    void setUp() {
        t = new AssessmentTestSupport(users, campaigns, schemes, sheets, organization);
    }

    private static ScoreLine first(SheetDetail d, Measure m) {
        return d.lines().stream().filter(l -> l.measure() == m).findFirst().orElseThrow();
    }

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
        return "accepted";
    }

    @Test
    void secretaries_see_only_their_own_sheet_and_members_nothing_before_publication() {
        Campaign c = t.campaign(2031, 7);
        long c08 = t.sheetId(c, "C08");
        long c11 = t.sheetId(c, "C11");
        List<SheetRow> seen = t.as(Demo.SECRETARY_C08, () -> campaigns.sheets(c.getId()));
        assertThat(seen).extracting(SheetRow::code).containsExactly("C08");
        assertThatThrownBy(() -> t.run(Demo.SECRETARY_C08, () -> sheets.detail(c11)))
                .isInstanceOf(NotFoundException.class);
        assertThat(t.as(Demo.MEMBER_C08, () -> campaigns.sheets(c.getId()))).isEmpty();
        assertThatThrownBy(() -> t.run(Demo.MEMBER_C08, () -> sheets.detail(c08)))
                .isInstanceOf(NotFoundException.class);
        assertThat(t.as(Demo.LEADER, () -> campaigns.sheets(c.getId()))).hasSizeGreaterThan(20);
        assertThatThrownBy(() -> t.run(Demo.SECRETARY_C08, () -> campaigns.start(2040)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_with_a_reason() {
        Campaign c = t.campaign(2031, 7);
        long sheet = t.sheetId(c, "C08");
        t.run(Demo.SECRETARY_C08, () -> {
            SheetDetail d = sheets.detail(sheet);
            ScoreLine manual = first(d, Measure.MANUAL);
            ScoreLine auto = first(d, Measure.AUTOMATIC);
            assertThat(key(() -> sheets.selfAssess(manual.scoreId(), manual.version(), manual.max() + 1, "x")))
                    .isEqualTo("assessment.score.range");
            assertThat(key(() -> sheets.selfAssess(manual.scoreId(), manual.version(), -1, "x")))
                    .isEqualTo("assessment.score.range");
            assertThat(key(() -> sheets.selfAssess(manual.scoreId(), manual.version(), 1, "  ")))
                    .isEqualTo("assessment.score.justification");
            assertThat(key(() -> sheets.selfAssess(manual.scoreId(), manual.version() + 1, 1, "x")))
                    .isEqualTo("error.conflict");
            assertThat(key(() -> sheets.selfAssess(auto.scoreId(), auto.version(), 1, "x")))
                    .isEqualTo("assessment.score.notManual");
            assertThat(key(() -> sheets.submit(sheet, d.version()))).isEqualTo("assessment.sheet.manualMissing");
        });
        assertThatThrownBy(() -> t.run(Demo.SECRETARY_C08, () -> sheets.review(1, 0, 1.0, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_campaign_runs_from_self_assessment_to_lock() {
        Campaign c = t.campaign(2032, 0);
        long sheet = t.sheetId(c, "C08");
        long other = t.sheetId(c, "C11");
        t.run(Demo.SECRETARY_C08, () -> {
            for (ScoreLine l : sheets.detail(sheet).lines()) {
                if (l.measure() == Measure.MANUAL) {
                    sheets.selfAssess(l.scoreId(), l.version(), l.max(), "台账齐全");
                }
            }
            SheetDetail d = sheets.detail(sheet);
            assertThat(d.canSelfAssess()).isTrue();
            sheets.submit(sheet, d.version());
            SheetDetail after = sheets.detail(sheet);
            assertThat(after.status()).isEqualTo(SheetStatus.SUBMITTED);
            assertThat(key(() -> sheets.submit(sheet, after.version()))).isEqualTo("assessment.sheet.closed");
            ScoreLine manual = first(after, Measure.MANUAL);
            assertThat(key(() -> sheets.selfAssess(manual.scoreId(), manual.version(), 1, "x")))
                    .isEqualTo("assessment.sheet.closed");
            assertThat(key(() -> sheets.recompute(sheet))).isEqualTo("assessment.sheet.closed");
        });
        t.run(Demo.ADMIN, () -> {
            SheetDetail d = sheets.detail(sheet);
            ScoreLine auto = first(d, Measure.AUTOMATIC);
            double target = auto.effective() >= 1 ? auto.effective() - 1 : auto.effective() + 1;
            assertThat(key(() -> sheets.review(auto.scoreId(), auto.version(), target, " ")))
                    .isEqualTo("assessment.score.reason");
            assertThat(key(() -> sheets.review(auto.scoreId(), auto.version(), auto.max() + 1, "x")))
                    .isEqualTo("assessment.score.range");
            sheets.review(auto.scoreId(), auto.version(), target, "会议记录不全");
            SheetDetail reviewed = sheets.detail(sheet);
            ScoreLine changed = reviewed.lines().stream()
                    .filter(l -> l.scoreId() == auto.scoreId())
                    .findFirst()
                    .orElseThrow();
            assertThat(changed.overridden()).isTrue();
            assertThat(changed.effective()).isEqualTo(target);
            assertThat(changed.auto()).isEqualTo(auto.auto());
            assertThat(reviewed.total()).isEqualTo(Measures.round(d.total() - auto.effective() + target));
            ScoreLine veto = first(reviewed, Measure.VETO);
            sheets.review(veto.scoreId(), veto.version(), 1.0, "严重违纪");
            assertThat(sheets.detail(sheet).vetoed()).isTrue();
            assertThat(key(() -> sheets.review(
                            first(sheets.detail(other), Measure.MANUAL).scoreId(), 0, 1.0, "x")))
                    .isEqualTo("assessment.sheet.notSubmitted");
        });
        String trail = jdbc.queryForObject(
                "select changes from audit_log where entity_type = 'AssessmentScore' and changes like '%会议记录不全%'"
                        + " order by id desc limit 1",
                String.class);
        assertThat(trail).contains("会议记录不全").contains("→");

        Campaign published = t.as(
                Demo.ADMIN,
                () -> campaigns.publish(
                        c.getId(), campaigns.campaign(2032).orElseThrow().getVersion()));
        assertThat(published.getStatus()).isEqualTo(CampaignStatus.PUBLISHED);
        assertThat(t.as(Demo.ADMIN, () -> sheets.detail(other).status())).isEqualTo(SheetStatus.SUBMITTED);
        List<ResultRow> memberView = t.as(Demo.MEMBER_C08, () -> results.results(c.getId()));
        assertThat(memberView).extracting(ResultRow::code).containsExactly("C08");
        assertThat(memberView.get(0).grade().band()).isNotEqualTo(GradeBand.EXCELLENT); // vetoed
        assertThatThrownBy(() -> t.run(Demo.MEMBER_C08, () -> sheets.detail(other)))
                .isInstanceOf(NotFoundException.class);

        Campaign locked = t.as(Demo.ADMIN, () -> campaigns.lock(c.getId(), published.getVersion()));
        assertThat(locked.getStatus()).isEqualTo(CampaignStatus.LOCKED);
        t.run(Demo.ADMIN, () -> {
            ScoreLine any = first(sheets.detail(sheet), Measure.MANUAL);
            assertThat(key(() -> sheets.review(any.scoreId(), any.version(), 0.0, "x")))
                    .isEqualTo("assessment.campaign.locked");
        });
    }
}
