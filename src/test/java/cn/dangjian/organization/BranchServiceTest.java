package cn.dangjian.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class BranchServiceTest {

    @Autowired
    BranchService branches;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    private Long branchId(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void health_report_finds_the_demo_hospitals_gaps_overlaps_and_rule_breakers() {
        BranchService.HealthReport report = branches.healthReport();
        // Computed independently from the tables: departments covered by no serving branch.
        List<String> uncovered = jdbc.queryForList("""
                select d.name from department d where not exists (
                  select 1 from branch_department bd join party_branch b on b.id = bd.branch_id
                  where bd.department_id = d.id and b.kind <> 'RETIREE') order by d.name""", String.class);
        assertThat(report.coverage().gaps())
                .containsExactlyInAnyOrderElementsOf(uncovered)
                .contains("眼科");
        assertThat(report.coverage().overlaps()).containsKey("心血管内科");
        List<String> flagged =
                report.flaggedBranches().stream().map(BranchSummary::code).toList();
        assertThat(flagged).contains("F03", "C12", "C13", "T04");
        BranchSummary t04 = report.flaggedBranches().stream()
                .filter(s -> s.code().equals("T04"))
                .findFirst()
                .orElseThrow();
        assertThat(t04.warnings()).extracting(BranchWarning::type).contains(BranchWarning.Type.TOO_FEW_FULL_MEMBERS);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_only_own_branch_summary_and_cannot_touch_another_committee() {
        assertThat(branches.summaries()).extracting(BranchSummary::code).containsExactly("C08");
        Long other = branchId("C11");
        assertThatThrownBy(() -> branches.summary(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> branches.committee(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> branches.saveCommittee(other, 0, List.of(), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> branches.healthReport()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C11)
    void committee_rules_refuse_foreign_members_two_secretaries_and_bad_terms() {
        Long own = branchId("C11");
        long version = branches.form(own).version();
        List<MemberRef> ownMembers = members.refsOfBranch(own);
        Long foreign = jdbc.queryForObject(
                "select min(id) from party_member where branch_id = ?", Long.class, branchId("C08"));
        assertThatThrownBy(() -> branches.saveCommittee(
                        own,
                        version,
                        List.of(new CommitteeSeat(foreign, "x", CommitteeRole.SECRETARY, false, false)),
                        null,
                        null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("committee.memberOfOtherBranch");
        assertThatThrownBy(() -> branches.saveCommittee(
                        own,
                        version,
                        List.of(
                                new CommitteeSeat(ownMembers.get(0).id(), "a", CommitteeRole.SECRETARY, false, false),
                                new CommitteeSeat(ownMembers.get(1).id(), "b", CommitteeRole.SECRETARY, false, false)),
                        null,
                        null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("committee.roleTwice");
        assertThatThrownBy(() -> branches.saveCommittee(
                        own, version, List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("branch.termEndBeforeStart");
        assertThatThrownBy(() -> branches.saveCommittee(own, version - 1, List.of(), null, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("error.conflict");
        // Nothing of the refused attempts was saved.
        assertThat(branches.committee(own)).isNotEmpty();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_creates_a_branch_and_duplicates_are_refused() {
        String code = "X" + (System.nanoTime() % 10000);
        Branch saved = branches.save(retiree(code, "测试党支部" + code));
        assertThat(saved.getId()).isNotNull();
        assertThatThrownBy(() -> branches.save(retiree(code, "另一个名字" + code)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("branch.codeTaken");
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_log where entity_type='Branch' and entity_id=?",
                Integer.class,
                saved.getId());
        assertThat(audited).isEqualTo(1);
    }

    private static BranchInput retiree(String code, String name) {
        return new BranchInput(null, 0, code, name, BranchKind.RETIREE, null, null, null, null, null, Set.of());
    }
}
