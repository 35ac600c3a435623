package cn.dangjian.security;

import static cn.dangjian.support.TestAccounts.branchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.accounts.AccountService;
import cn.dangjian.common.BusinessException;
import cn.dangjian.organization.MemberService;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class OwnPasswordTest {

    @Autowired
    OwnPasswordService passwords;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionRegistry registry;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() {
        UserAccount account =
                TestAccounts.newAccount(accounts, TestAccounts.newMember(members, branchId(jdbc, "C11")), Roles.MEMBER);
        TestAccounts.signIn(users, account.getUsername());
        assertThat(currentUser.mustChangePassword())
                .as("chosen by an administrator")
                .isTrue();

        assertThatThrownBy(() -> passwords.change("not my password", "my own long secret", "my own long secret"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("wrongCurrentPassword");
        assertThatThrownBy(() -> passwords.change(TestAccounts.PASSWORD, "my own long secret", "my own long secreT"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("passwordsDiffer");
        assertThatThrownBy(() -> passwords.change(TestAccounts.PASSWORD, "qwertyqwerty", "qwertyqwerty"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("passwordCommon");
        assertThatThrownBy(() -> passwords.change(TestAccounts.PASSWORD, "short", "short"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("passwordTooShort");
        assertThatThrownBy(() -> passwords.change(TestAccounts.PASSWORD, TestAccounts.PASSWORD, TestAccounts.PASSWORD))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("passwordUnchanged");
        assertThat(encoder.matches(
                        TestAccounts.PASSWORD,
                        users.loadUserByUsername(account.getUsername()).getPassword()))
                .as("nothing changed yet")
                .isTrue();

        passwords.change(TestAccounts.PASSWORD, "my own long secret", "my own long secret");

        assertThat(encoder.matches(
                        "my own long secret",
                        users.loadUserByUsername(account.getUsername()).getPassword()))
                .isTrue();
        assertThat(currentUser.mustChangePassword()).isFalse();
        assertThat(jdbc.queryForList(
                        "select action from audit_log where entity_type = 'Security' and entity_id = ? order by id",
                        String.class,
                        account.getId()))
                .containsExactly("ACCOUNT_CREATED", "PASSWORD_CHANGE_FAILED", "PASSWORD_CHANGED");
    }

    @Test
    void five_wrong_current_passwords_are_logged_and_end_the_users_sessions() {
        UserAccount account =
                TestAccounts.newAccount(accounts, TestAccounts.newMember(members, branchId(jdbc, "C11")), Roles.MEMBER);
        AppUser user = TestAccounts.signIn(users, account.getUsername());
        registry.registerNewSession("ward-pc-" + account.getId(), user);
        for (int i = 1; i <= OwnPasswordService.MAX_WRONG; i++) {
            assertThat(registry.getSessionInformation("ward-pc-" + account.getId())
                            .isExpired())
                    .isFalse();
            assertThatThrownBy(() -> passwords.change("guess", "my own long secret", "my own long secret"))
                    .isInstanceOf(BusinessException.class);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where entity_type = 'Security' and action = 'PASSWORD_CHANGE_FAILED'
                  and entity_id = ? and changes like '%failures=\"5\"%'""", Integer.class, account.getId())).isEqualTo(1);
        assertThat(registry.getSessionInformation("ward-pc-" + account.getId()).isExpired())
                .isTrue();
    }

    @Test
    void nobody_signed_in_cannot_change_a_password() {
        assertThatThrownBy(() -> passwords.change("a", "b", "b"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
