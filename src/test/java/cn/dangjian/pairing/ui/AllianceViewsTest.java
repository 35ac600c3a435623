package cn.dangjian.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.pairing.AllianceOverviewService;
import cn.dangjian.pairing.AllianceRow;
import cn.dangjian.pairing.lists.NeedRow;
import cn.dangjian.pairing.lists.ServiceRecord;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The alliance, lists and service-record views rendered on the server for each role. */
@IntegrationTest
class AllianceViewsTest extends SpringBrowserlessTest {

    @Autowired
    AllianceOverviewService overview;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    @WithUserDetails(Demo.ADMIN)
    @SuppressWarnings("unchecked")
    void admin_sees_the_sentence_as_numbers_and_every_alliance() {
        UI.getCurrent().navigate("alliances");
        assertThat(getCurrentView()).isInstanceOf(AlliancesView.class);
        var o = overview.overview(LocalDate.now(clock).getYear());
        assertThat($(Paragraph.class).id("alliance-sentence").getText())
                .isEqualTo("全院 " + o.branches() + " 个党支部与 " + o.units() + " 家单位结成党建联盟");
        Grid<AllianceRow> grid = $(Grid.class).id("alliances-grid");
        assertThat(test(grid).size())
                .isEqualTo(jdbc.queryForObject("select count(*) from pairing where kind = 'ALLIANCE'", Integer.class));
        assertThat($(Button.class).id("alliance-add").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    @SuppressWarnings("unchecked")
    void a_secretary_sees_their_alliances_without_the_hospital_overview() {
        UI.getCurrent().navigate("alliances");
        assertThat($(Paragraph.class).withId("alliance-sentence").exists()).isFalse();
        assertThat($(Button.class).withId("alliance-add").exists()).isFalse();
        Grid<AllianceRow> grid = $(Grid.class).id("alliances-grid");
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            Long id = test(grid).getRow(i).id();
            assertThat(jdbc.queryForObject("""
                            select count(*) from pairing p join party_branch b on b.code = 'C08'
                            where p.id = ? and (p.branch_id = b.id or exists (select 1 from pairing_party x
                              where x.pairing_id = p.id and x.branch_id = b.id))""", Integer.class, id)).isEqualTo(1);
        }
        // The alliance opens on the pairing page with its parties and reviews.
        UI.getCurrent().navigate("pairings/" + test(grid).getRow(0).id());
        assertThat(getCurrentView()).isInstanceOf(PairingDetailView.class);
        assertThat($(Grid.class).withId("alliance-parties").exists()).isTrue();
        assertThat($(Button.class).withId("alliance-add-party").exists()).isFalse();
    }

    @Test
    @WithUserDetails("sec-f03")
    @SuppressWarnings("unchecked")
    void the_functional_secretary_claims_a_need_from_the_list() {
        Long id = jdbc.queryForObject(
                "select min(id) from pairing_need where title = '产房护理人力弹性调配支持' and status = 'WAITING'", Long.class);
        UI.getCurrent().navigate("lists");
        assertThat(getCurrentView()).isInstanceOf(ListsView.class);
        Grid<NeedRow> needs = $(Grid.class).id("needs-grid");
        assertThat(test(needs).size()).isPositive();
        int row = -1;
        for (int i = 0; i < test(needs).size(); i++) {
            if (test(needs).getRow(i).id().equals(id)) {
                row = i;
            }
        }
        assertThat(row).as("the partner sees the need").isNotNegative();
        Button claim = (Button) test(needs)
                .getCellComponent(row, "actions")
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("need-claim-" + id))
                .findFirst()
                .orElseThrow();
        test(claim).click();
        test($(Button.class).id("claim-confirm")).click();
        assertThat(jdbc.queryForObject("select status from pairing_need where id = ?", String.class, id))
                .isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject("""
                        select count(*) from pairing_need_claim c join party_branch b on b.id = c.branch_id
                        where c.need_id = ? and b.code = 'F03'""", Integer.class, id))
                .as("claimed for the secretary's own branch")
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    @SuppressWarnings("unchecked")
    void leaders_read_the_service_records_of_the_functional_branches() {
        UI.getCurrent().navigate("service-records");
        Grid<ServiceRecord> grid = $(Grid.class).id("service-records-grid");
        assertThat(test(grid).size())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from party_branch where kind = 'FUNCTIONAL'", Integer.class));
        UI.getCurrent().navigate("lists");
        assertThat($(Button.class).withId("need-raise").exists()).isFalse();
    }
}
