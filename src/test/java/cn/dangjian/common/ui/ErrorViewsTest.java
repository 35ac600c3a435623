package cn.dangjian.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Deep links to something that does not exist, is not the viewer's, or cannot be read all end on the
 * same page with the same sentence: never Vaadin's route list, a stack trace or an empty response.
 */
@IntegrationTest
class ErrorViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private Object open(String route) {
        UI.getCurrent().navigate(route);
        return getCurrentView();
    }

    private String text() {
        return $(Paragraph.class).withId("error-text").single().getText();
    }

    private long memberOf(String branchCode) {
        return jdbc.queryForObject(
                "select min(m.id) from party_member m join party_branch b on b.id = m.branch_id" + " where b.code = ?",
                Long.class,
                branchCode);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void another_branchs_member_looks_exactly_like_a_member_that_does_not_exist() {
        Object foreign = open("points/member/" + memberOf("C11"));
        assertThat(foreign).isInstanceOf(ErrorPage.class);
        String foreignText = text();
        assertThat(foreignText).isEqualTo("记录不存在，或您无权查看。");

        assertThat(open("points/member/999999999")).isInstanceOf(ErrorPage.class);
        assertThat(text()).isEqualTo(foreignText);
        assertThat(open("points/member/abc")).isInstanceOf(ErrorPage.class);
        assertThat(text()).isEqualTo(foreignText);
        assertThat(open("no-such-page")).isInstanceOf(ErrorPage.class);
        assertThat(text()).isEqualTo(foreignText);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void a_view_the_role_may_not_open_shows_the_same_not_found_page() {
        assertThat(open("audit")).isInstanceOf(ErrorPage.class);
        assertThat(text()).isEqualTo("记录不存在，或您无权查看。");
        long own = jdbc.queryForObject(
                "select member_id from user_account where username = ?", Long.class, Demo.MEMBER_C08);
        assertThat(open("points/member/" + own)).isNotInstanceOf(ErrorPage.class);
    }
}
