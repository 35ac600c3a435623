package cn.dangjian.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;

/** The organisation's read API as calendar and pairing use it: records, scoped, and a lock only inside a transaction. */
@IntegrationTest
class OrganizationDirectoryTest {

    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

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
        assertThatThrownBy(() -> directory.branchesById()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        Long member = jdbc.queryForObject("select min(id) from party_member where branch_id is not null", Long.class);
        assertThat(directory.branchOfMember(member)).isPresent();
    }
}
