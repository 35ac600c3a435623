package cn.dangjian.accounts;

import static cn.dangjian.support.TestAccounts.asSystem;
import static cn.dangjian.support.TestAccounts.branchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.organization.Member;
import cn.dangjian.organization.MemberService;
import cn.dangjian.security.CurrentUser;
import cn.dangjian.security.Roles;
import cn.dangjian.security.UserAccount;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A login's scope follows its member's current branch, even inside a session opened before the move. */
@IntegrationTest
class AccountScopeTest {

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void moved_secretary_loses_old_branch() {
        long c08 = branchId(jdbc, "C08");
        long c11 = branchId(jdbc, "C11");
        Member secretary = TestAccounts.newMember(members, c08);
        Member colleague = TestAccounts.newMember(members, c08);
        UserAccount account = TestAccounts.newAccount(accounts, secretary, Roles.SECRETARY);

        TestAccounts.signIn(users, account.getUsername());
        assertThat(members.refsOfBranch(c08)).isNotEmpty();
        Member edit = members.get(colleague.getId());
        edit.setTitle("护士长");
        members.save(TestAccounts.input(edit, c08));

        // The administrator moves the secretary to C11; the secretary's session is still open.
        var session = SecurityContextHolder.getContext();
        asSystem(() -> members.save(TestAccounts.input(members.get(secretary.getId()), c11)));
        SecurityContextHolder.setContext(session);

        Member again = asSystem(() -> members.get(colleague.getId()));
        again.setTitle("副护士长");
        assertThatThrownBy(() -> members.save(TestAccounts.input(again, c08)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.refsOfBranch(c08)).isInstanceOf(AccessDeniedException.class);
        assertThat(currentUser.require().branchId()).isEqualTo(c11);
        assertThat(currentUser.require().isSecretary())
                .as("a secretary's office stays with the old branch")
                .isFalse();
        var row = jdbc.queryForMap("select branch_id, role from user_account where id = ?", account.getId());
        assertThat(row.get("branch_id")).isEqualTo(c11);
        assertThat(row.get("role")).isEqualTo(Roles.MEMBER);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where entity_type = 'Security' and action in ('BRANCH_CHANGED', 'ROLE_CHANGED')
                  and entity_id = ?""", Integer.class, account.getId())).isEqualTo(2);
    }

    @Test
    void moved_member_sees_the_new_branch_not_the_old_one() {
        long c08 = branchId(jdbc, "C08");
        long c11 = branchId(jdbc, "C11");
        Member member = TestAccounts.newMember(members, c08);
        UserAccount account = TestAccounts.newAccount(accounts, member, Roles.MEMBER);
        TestAccounts.signIn(users, account.getUsername());
        assertThat(currentUser.branchScope()).contains(c08);

        var session = SecurityContextHolder.getContext();
        asSystem(() -> members.save(TestAccounts.input(members.get(member.getId()), c11)));
        SecurityContextHolder.setContext(session);

        assertThat(currentUser.branchScope()).contains(c11);
        assertThatThrownBy(() -> currentUser.requireCanReadBranch(c08)).isInstanceOf(AccessDeniedException.class);
        assertThat(members.refsOfBranch(c11)).isNotEmpty();
    }

    @Test
    void a_disabled_account_can_no_longer_call_services_in_an_open_session() {
        Member member = TestAccounts.newMember(members, branchId(jdbc, "C08"));
        UserAccount account = TestAccounts.newAccount(accounts, member, Roles.MEMBER);
        TestAccounts.signIn(users, account.getUsername());
        assertThat(currentUser.get()).isPresent();
        var session = SecurityContextHolder.getContext();
        asSystem(() -> {
            accounts.setEnabled(account.getId(), account.getVersion(), false);
            return null;
        });
        SecurityContextHolder.setContext(session);
        assertThat(currentUser.get()).isEmpty();
        assertThatThrownBy(() -> currentUser.branchScope()).isInstanceOf(AccessDeniedException.class);
    }
}
