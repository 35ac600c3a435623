package cn.dangjian.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every figure is recomputed here in plain SQL from committee_member / party_member, independently of the service. */
@IntegrationTest
class DualCultivationServiceTest {

    @Autowired
    DualCultivationService service;

    @Autowired
    JdbcTemplate jdbc;

    private List<Long> ids(String sql) {
        return jdbc.queryForList(sql, Long.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void report_matches_the_committees_and_member_flags() {
        DualCultivation report = service.report();

        int serving = jdbc.queryForObject("select count(*) from party_branch where kind <> 'RETIREE'", Integer.class);
        int dualLeaderBranches = jdbc.queryForObject("""
                select count(distinct c.branch_id) from committee_member c join party_member m on m.id = c.member_id
                join party_branch b on b.id = c.branch_id
                where c.role = 'SECRETARY' and b.kind <> 'RETIREE' and (m.department_head or m.key_staff)""", Integer.class);
        assertThat(report.servingBranches()).isEqualTo(serving).isEqualTo(22);
        assertThat(report.dualLeaders()).isEqualTo(dualLeaderBranches);
        assertThat(report.dualLeaders()).isLessThanOrEqualTo(serving).isPositive();

        assertThat(report.secretaries())
                .extracting(DualCultivation.Person::memberId)
                .containsExactlyInAnyOrderElementsOf(ids("""
                        select c.member_id from committee_member c join party_branch b on b.id = c.branch_id
                        where c.role = 'SECRETARY' and b.kind <> 'RETIREE'"""));
        assertThat(report.secretariesToCultivate())
                .extracting(DualCultivation.Person::memberId)
                .containsExactlyInAnyOrderElementsOf(ids("""
                        select c.member_id from committee_member c join party_member m on m.id = c.member_id
                        join party_branch b on b.id = c.branch_id
                        where c.role = 'SECRETARY' and b.kind <> 'RETIREE' and not m.department_head and not m.key_staff"""));
        assertThat(report.headsNotPartyWorkers())
                .extracting(DualCultivation.Person::memberId)
                .containsExactlyInAnyOrderElementsOf(
                        ids("select id from party_member where department_head and not party_worker"))
                .isNotEmpty();
        List<String> withoutSecretary = jdbc.queryForList("""
                select b.code from party_branch b where b.kind <> 'RETIREE' and not exists (
                  select 1 from committee_member c where c.branch_id = b.id and c.role = 'SECRETARY')""", String.class);
        assertThat(report.servingBranchesWithoutSecretary())
                .extracting(BranchRef::code)
                .containsExactlyInAnyOrderElementsOf(withoutSecretary);
        // Every serving branch is either led by a dual leader, by a secretary to cultivate, or by nobody.
        assertThat(report.dualLeaders() + report.secretariesToCultivate().size() + withoutSecretary.size())
                .isEqualTo(serving);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_demo_hospital_has_three_key_staff_secretaries_who_are_not_department_heads() {
        // OrganizationDemoData makes the C04, T02 and F04 secretaries key clinicians instead of department heads.
        assertThat(service.report().secretaries())
                .filteredOn(p -> List.of("C04", "T02", "F04").contains(p.branchCode()))
                .hasSize(3)
                .allMatch(p -> p.keyStaff() && p.dualLeader());
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leaders_read_the_report() {
        assertThat(service.report().servingBranches()).isEqualTo(22);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretaries_cannot_read_the_hospital_pipeline() {
        assertThatThrownBy(() -> service.report()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void members_cannot_read_the_hospital_pipeline() {
        assertThatThrownBy(() -> service.report()).isInstanceOf(AccessDeniedException.class);
    }
}
