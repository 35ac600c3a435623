package cn.dangjian.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.security.ui.LoginView;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The role × view matrix, checked through Vaadin's own navigation access control. */
@IntegrationTest
class ViewAccessTest extends SpringBrowserlessTest {

    private Class<? extends Component> landOn(String route) {
        UI.getCurrent().navigate(route);
        return getCurrentView().getClass().asSubclass(Component.class);
    }

    private boolean allowed(String route) {
        Class<? extends Component> view = landOn(route);
        return !view.equals(LoginView.class)
                && !view.getSimpleName().contains("Error")
                && !view.getSimpleName().contains("NotFound")
                && !view.getSimpleName().contains("AccessDenied");
    }

    @Test
    @WithAnonymousUser
    void anonymous_users_are_sent_to_login() {
        assertThat(landOn("members")).isEqualTo(LoginView.class);
        assertThat(landOn("")).isEqualTo(LoginView.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_opens_every_organisation_view() {
        assertThat(allowed("")).isTrue();
        assertThat(allowed("members")).isTrue();
        assertThat(allowed("branches")).isTrue();
        assertThat(allowed("departments")).isTrue();
        assertThat(allowed("organization-health")).isTrue();
        assertThat(allowed("audit")).isTrue();
        assertThat(allowed("accounts")).isTrue();
        assertThat(allowed("accounts/bulk")).isTrue();
        assertThat(allowed("account/password")).isTrue();
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_reads_health_and_members_but_not_the_audit_log_or_accounts() {
        assertThat(allowed("organization-health")).isTrue();
        assertThat(allowed("members")).isTrue();
        assertThat(allowed("audit")).isFalse();
        assertThat(allowed("accounts")).isFalse();
        assertThat(allowed("accounts/bulk")).isFalse();
        assertThat(allowed("account/password")).isTrue();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_cannot_open_hospital_health() {
        assertThat(allowed("members")).isTrue();
        assertThat(allowed("organization-health")).isFalse();
        assertThat(allowed("accounts/bulk")).as("for their own branch").isTrue();
        assertThat(allowed("accounts")).isFalse();
        assertThat(allowed("account/password")).isTrue();
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_sees_home_but_not_member_management() {
        assertThat(allowed("")).isTrue();
        assertThat(allowed("members")).isFalse();
        assertThat(allowed("departments")).isFalse();
        assertThat(allowed("accounts/bulk")).isFalse();
        assertThat(allowed("accounts")).isFalse();
        assertThat(allowed("account/password")).isTrue();
    }
}
