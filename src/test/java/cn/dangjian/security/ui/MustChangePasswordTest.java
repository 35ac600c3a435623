package cn.dangjian.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A user who must replace an administrator's password reaches nothing else, whatever URL they type. */
@IntegrationTest
class MustChangePasswordTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private void flag(boolean mustChange) throws InterruptedException {
        jdbc.update("update user_account set must_change_password = ? where username = ?", mustChange, Demo.MEMBER_C11);
        // The account state is kept a few seconds per node (AccountStates.TTL); wait it out, as another node would.
        Thread.sleep(5_100);
    }

    @AfterEach
    void reset() throws InterruptedException {
        flag(false);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C11)
    void must_change_flag_routes_every_navigation_to_the_change_view() throws InterruptedException {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);

        flag(true);
        for (String route : new String[] {"", "calendar", "points/leaderboard", "pairings"}) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(ChangePasswordView.class);
        }
        assertThat($(Paragraph.class).withId("must-change-text").single().isVisible())
                .isTrue();

        flag(false);
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C11)
    void change_password_view_is_open_to_every_user() {
        UI.getCurrent().navigate(ChangePasswordView.ROUTE);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }
}
