package cn.dangjian.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class DualCultivationViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_sees_the_ratio_and_the_lists() {
        navigate(DualCultivationView.class);
        int dual = jdbc.queryForObject("""
                select count(distinct c.branch_id) from committee_member c join party_member m on m.id = c.member_id
                join party_branch b on b.id = c.branch_id
                where c.role = 'SECRETARY' and b.kind <> 'RETIREE' and (m.department_head or m.key_staff)""", Integer.class);
        int heads = jdbc.queryForObject(
                "select count(*) from party_member where department_head and not party_worker", Integer.class);
        String ratio = $(Div.class).withId("dual-ratio").single().getElement().getTextRecursively();
        assertThat(ratio).startsWith(dual + " / 22").contains("22 个在职党支部中有 " + dual + " 个");
        assertThat(test($(Grid.class).withId("dual-heads-grid").single()).size())
                .isEqualTo(heads);
        assertThat(test($(Grid.class).withId("dual-secretaries-grid").single()).size())
                .isEqualTo(jdbc.queryForObject("""
                        select count(*) from committee_member c join party_branch b on b.id = c.branch_id
                        where c.role = 'SECRETARY' and b.kind <> 'RETIREE'""", Integer.class));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_opens_the_view() {
        navigate(DualCultivationView.class);
        assertThat($(Div.class).withId("dual-heads").single().getElement().getTextRecursively())
                .isNotBlank();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretaries_cannot_open_the_view() {
        UI.getCurrent().navigate("dual-cultivation");
        assertThat(getCurrentView()).isNotInstanceOf(DualCultivationView.class);
    }
}
