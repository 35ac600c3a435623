package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.audit.AuditService;
import cn.dangjian.organization.BranchService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-ins through Spring Security's real authentication manager (the one form login uses), against
 * the demo hospital's accounts; security events read back from the audit table.
 */
@IntegrationTest
class SignInSecurityTest {

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditService audit;

    @Autowired
    BranchService branches;

    private AuthenticationManager manager;
    private long auditMark;

    @BeforeEach
    void setUp() throws Exception {
        manager = authentication.getAuthenticationManager();
        auditMark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
    }

    /** Other tests (and the browser journeys) sign in as these: leave no lock behind. */
    @AfterEach
    void unlock() {
        throttle.recordSuccess(Demo.LEADER);
        throttle.recordSuccess(Demo.ADMIN);
    }

    private Authentication signIn(String name, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(token);
    }

    private List<Map<String, Object>> securityEvents() {
        return jdbc.queryForList("""
                select actor, action, entity_label, changes from audit_log
                where id > ? and entity_type = 'Security' order by id""", auditMark);
    }

    @Test
    void five_wrong_passwords_for_leader_lock_out_leader_spelt_with_an_accent() {
        for (int i = 0; i < 5; i++) {
            String address = "10.20.0." + i;
            assertThatThrownBy(() -> signIn(Demo.LEADER, "wrong-" + System.nanoTime(), address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("lëader", Demo.PASSWORD, "10.20.1.1"))
                .as("right password, other spelling")
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn("ＬＥＡＤＥＲ", Demo.PASSWORD, "10.20.1.2")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn(Demo.LEADER, Demo.PASSWORD, "10.20.1.3"))
                .isInstanceOf(LockedException.class);

        List<Map<String, Object>> events = securityEvents();
        assertThat(events)
                .filteredOn(e -> "SIGN_IN_FAILED".equals(e.get("action")))
                .hasSize(8);
        assertThat(events)
                .filteredOn(e -> "LOCKED_OUT".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> assertThat(e.get("entity_label")).isEqualTo("leader"));
        assertThat(events)
                .filteredOn(e -> "SIGN_IN_FAILED".equals(e.get("action")) && "lëader".equals(e.get("actor")))
                .singleElement()
                .satisfies(e -> assertThat((String) e.get("changes"))
                        .contains("address=\"10.20.1.1\"")
                        .contains("reason=\"locked\""));
        assertThat(events).noneMatch(e -> "SIGN_IN".equals(e.get("action")));
    }

    @Test
    void full_width_admin_cannot_dodge_the_lock_and_finds_the_same_account() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("ａｄｍｉｎ", "wrong", "10.21.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("admin", Demo.PASSWORD, "10.21.0.2")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn("ädmin", Demo.PASSWORD, "10.21.0.3")).isInstanceOf(LockedException.class);

        throttle.recordSuccess("admin");
        Authentication signedIn = signIn("ÄDMIN", Demo.PASSWORD, "10.21.0.4");
        assertThat(((AppUser) signedIn.getPrincipal()).username()).isEqualTo("admin");
    }

    @Test
    void sign_in_and_its_failure_are_security_events_with_name_as_typed_and_address() {
        assertThatThrownBy(() -> signIn("no-such-user\nforged=1", "x", "10.22.0.1"))
                .isInstanceOf(BadCredentialsException.class);
        signIn(Demo.SECRETARY_C08, Demo.PASSWORD, "10.22.0.2");

        List<Map<String, Object>> events = securityEvents();
        assertThat(events)
                .filteredOn(e -> "SIGN_IN_FAILED".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo("no-such-user\nforged=1");
                    assertThat((String) e.get("changes"))
                            .contains("address=\"10.22.0.1\"")
                            .contains("reason=\"BadCredentialsException\"");
                });
        assertThat(events)
                .filteredOn(e -> "SIGN_IN".equals(e.get("action")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo(Demo.SECRETARY_C08);
                    assertThat((String) e.get("changes")).contains("address=\"10.22.0.2\"");
                });
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void access_denied_by_method_security_is_a_security_event() {
        assertThatThrownBy(() -> audit.search(null, null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(securityEvents()).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("ACCESS_DENIED");
            assertThat(e.get("actor")).isEqualTo(Demo.MEMBER_C08);
            assertThat(e.get("entity_label")).isEqualTo("AuditService.search");
        });
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void access_denied_by_a_branch_check_is_a_security_event() {
        Long other = jdbc.queryForObject("select id from party_branch where code = 'C11'", Long.class);
        assertThatThrownBy(() -> branches.summary(other)).isInstanceOf(AccessDeniedException.class);
        assertThat(securityEvents()).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("ACCESS_DENIED");
            assertThat(e.get("actor")).isEqualTo(Demo.SECRETARY_C08);
            assertThat(e.get("entity_label")).isEqualTo("BranchService.summary");
            assertThat((String) e.get("changes")).contains("branch " + other);
        });
    }
}
