package cn.dangjian.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.common.BusinessException;
import cn.dangjian.security.AppUser;
import cn.dangjian.security.Roles;
import cn.dangjian.security.UserAccount;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_creates_disables_and_resets_a_members_login() {
        var member = jdbc.queryForMap("select id, branch_id, staff_number from party_member order by id desc limit 1");
        String username = "acct-" + member.get("staff_number");
        UserAccount created = accounts.create(
                username, "correct horse", Roles.MEMBER, "测试", (Long) member.get("id"), (Long) member.get("branch_id"));
        AppUser loaded = (AppUser) users.loadUserByUsername(username);
        assertThat(loaded.isEnabled()).isTrue();
        assertThat(loaded.memberId()).isEqualTo(member.get("id"));
        assertThat(encoder.matches("correct horse", loaded.getPassword())).isTrue();
        assertThat(loaded.getPassword()).startsWith("$2");

        accounts.setEnabled(created.getId(), created.getVersion(), false);
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
        accounts.resetPassword(created.getId(), "another long one");
        assertThat(encoder.matches(
                        "another long one", users.loadUserByUsername(username).getPassword()))
                .isTrue();

        assertThatThrownBy(() ->
                        accounts.create(username, "whatever12345", Roles.MEMBER, "x", (Long) member.get("id"), (Long)
                                member.get("branch_id")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("usernameTaken");
        assertThatThrownBy(() -> accounts.create("x-" + username, "short", Roles.LEADER, "x", null, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("passwordTooShort");
        assertThatThrownBy(() -> accounts.create("y-" + username, "long enough now", Roles.SECRETARY, "x", null, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("needsMember");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void accounts_created_or_reset_by_an_administrator_must_change_the_password_and_the_changes_are_logged() {
        var member = jdbc.queryForMap(
                "select id, branch_id, staff_number from party_member order by id desc limit 1 offset 1");
        String username = "must-" + member.get("staff_number");
        UserAccount created = accounts.create(
                username, "correct horse", Roles.MEMBER, "测试", (Long) member.get("id"), (Long) member.get("branch_id"));
        assertThat(jdbc.queryForObject(
                        "select must_change_password from user_account where id = ?", Boolean.class, created.getId()))
                .isTrue();
        jdbc.update("update user_account set must_change_password = 0 where id = ?", created.getId());
        accounts.resetPassword(created.getId(), "another long one");
        assertThat(jdbc.queryForObject(
                        "select must_change_password from user_account where id = ?", Boolean.class, created.getId()))
                .isTrue();
        Long version =
                jdbc.queryForObject("select version from user_account where id = ?", Long.class, created.getId());
        accounts.setEnabled(created.getId(), version, false);
        assertThat(jdbc.queryForList("""
                select action from audit_log where entity_type = 'Security' and entity_id = ? order by id""", String.class, created.getId()))
                .containsExactly("ACCOUNT_CREATED", "PASSWORD_RESET", "ACCOUNT_DISABLED");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_cannot_disable_own_account() {
        Long id = jdbc.queryForObject("select id from user_account where username='admin'", Long.class);
        Long version = jdbc.queryForObject("select version from user_account where username='admin'", Long.class);
        assertThatThrownBy(() -> accounts.setEnabled(id, version, false))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("cannotDisableSelf");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretaries_cannot_manage_accounts() {
        assertThatThrownBy(() -> accounts.search(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create("z", "long enough now", Roles.ADMIN, "z", null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRole(1L, 0, Roles.ADMIN)).isInstanceOf(AccessDeniedException.class);
    }
}
