package cn.dangjian.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;

/** The read API other features use: what it returns, to whom, and that it agrees with the organisation's tables. */
@IntegrationTest
class OrganizationDirectoryTest {

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    private long branchId(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    private List<Long> membersOf(String code) {
        return jdbc.queryForList("""
                select m.id from party_member m join party_branch b on b.id = m.branch_id where b.code = ? order by m.id""", Long.class, code);
    }

    @Test
    void member_branches_need_no_sign_in_as_the_calendar_listener_calls_them_from_any_save() {
        List<Long> c08 = membersOf("C08");
        Map<Long, Long> branches = directory.branchesOfMembers(List.of(c08.get(0), -1L));
        assertThat(branches).containsOnlyKeys(c08.get(0)).containsEntry(c08.get(0), branchId("C08"));
        assertThat(directory.branchesOfMembers(List.of())).isEmpty();
    }

    @Test
    void everything_else_needs_a_signed_in_user() {
        assertThatThrownBy(() -> directory.memberLabels(List.of(1L)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> directory.members()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void labels_name_the_member_and_current_branch() {
        long member = membersOf("C11").get(0);
        MemberLabel label = directory.memberLabels(List.of(member)).get(member);
        assertThat(label.branchId()).isEqualTo(branchId("C11"));
        assertThat(label.name())
                .isEqualTo(jdbc.queryForObject("select name from party_member where id = ?", String.class, member));
        assertThat(label.branchName())
                .isEqualTo(jdbc.queryForObject("select name from party_branch where code = 'C11'", String.class));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void whole_hospital_roles_list_every_member_by_name_and_count_them_per_branch() {
        List<MemberRef> all = directory.members();
        assertThat(all).hasSize(jdbc.queryForObject("select count(*) from party_member", Integer.class));
        assertThat(directory.memberCount()).isEqualTo(all.size());
        assertThat(directory.memberCountsByBranch())
                .containsEntry(branchId("C08"), (long) membersOf("C08").size());
        assertThat(directory.branches()).extracting(BranchRef::code).isSorted().contains("C08", "C11");
        assertThat(all)
                .extracting(MemberRef::name)
                .isEqualTo(jdbc.queryForList("select name from party_member order by name", String.class));
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_secretary_lists_only_the_own_branch() {
        long own = branchId("C08");
        assertThat(directory.members()).isNotEmpty().allMatch(m -> m.branchId().equals(own));
        assertThat(directory.membersOfBranch(own))
                .extracting(MemberRef::id)
                .containsExactlyInAnyOrderElementsOf(membersOf("C08"));
        assertThatThrownBy(() -> directory.membersOfBranch(branchId("C11"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.COMMITTEE_C08)
    void committee_seats_are_asked_for_oneself_only() {
        long self = jdbc.queryForObject(
                "select member_id from user_account where username = ?", Long.class, Demo.COMMITTEE_C08);
        assertThat(directory.committeeBranchesOf(self)).containsExactly(branchId("C08"));
        long other = membersOf("C11").get(0);
        assertThatThrownBy(() -> directory.committeeBranchesOf(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void locking_branches_outside_a_transaction_is_refused_rather_than_released_at_once() {
        Long branch = jdbc.queryForObject("select id from party_branch where code = 'C08'", Long.class);
        assertThatThrownBy(() -> directory.lockBranches(List.of(branch)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void branch_names_cover_the_hospital_and_member_names_leave_unknown_ids_out() {
        Long branches = jdbc.queryForObject("select count(*) from party_branch", Long.class);
        assertThat(directory.branchesById()).hasSize(branches.intValue());
        Long member = jdbc.queryForObject("select min(id) from party_member", Long.class);
        assertThat(directory.memberNames(List.of(member, -1L))).containsOnlyKeys(member);
    }

    @Test
    void nothing_but_a_member_s_branch_id_is_open_without_a_session() {
        assertThatThrownBy(() -> directory.branchesById())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        Long member = jdbc.queryForObject("select min(id) from party_member where branch_id is not null", Long.class);
        assertThat(directory.branchOfMember(member)).isPresent();
    }
}
