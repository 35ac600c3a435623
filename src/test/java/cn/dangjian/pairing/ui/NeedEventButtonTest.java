package cn.dangjian.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.pairing.lists.ClaimMode;
import cn.dangjian.pairing.lists.NeedInput;
import cn.dangjian.pairing.lists.NeedKind;
import cn.dangjian.pairing.lists.NeedProjectService;
import cn.dangjian.pairing.lists.NeedRow;
import cn.dangjian.pairing.lists.NeedService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.SignedIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** "安排联合活动" on the projects list: shown to the claimant's secretary only once claimed, never to a leader. */
@IntegrationTest
class NeedEventButtonTest extends SpringBrowserlessTest {

    @Autowired
    NeedService needs;

    @Autowired
    NeedProjectService projects;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private long branch(String code) {
        return jdbc.queryForObject("select id from party_branch where code = ?", Long.class, code);
    }

    /** A need of C08 to its pairing with F03; claimed by F03 when asked. */
    private long need(String title, boolean claimed) {
        long pairing = jdbc.queryForObject("""
                select min(p.id) from pairing p join party_branch x on x.id = p.branch_id
                join party_branch y on y.id = p.partner_branch_id where x.code = 'F03' and y.code = 'C08'""", Long.class);
        long id = SignedIn.as(
                users,
                Demo.SECRETARY_C08,
                () -> needs.raise(new NeedInput(
                        title,
                        NeedKind.BUSINESS_LINKAGE,
                        null,
                        LocalDate.now(clock).plusDays(15),
                        branch("C08"),
                        null,
                        pairing)));
        if (claimed) {
            SignedIn.run(users, "sec-f03", () -> projects.claim(id, branch("F03"), ClaimMode.SOLO, null));
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private Optional<Button> scheduleButton(String gridId, long id) {
        UI.getCurrent().navigate("lists");
        if (gridId.equals("projects-grid")) {
            $(TabSheet.class).id("lists-tabs").setSelectedIndex(2); // the tab's content is attached when chosen
        }
        Grid<NeedRow> grid = $(Grid.class).id(gridId);
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == id) {
                Component actions = test(grid).getCellComponent(i, "actions");
                return actions.getChildren()
                        .filter(c -> c.getId().orElse("").equals("need-event-" + id))
                        .map(Button.class::cast)
                        .findFirst();
            }
        }
        throw new AssertionError("need " + id + " not in " + gridId);
    }

    @Test
    @WithUserDetails("sec-f03")
    void the_claimant_gets_the_button_once_claimed_and_it_schedules_a_linked_event() {
        long waiting = need("未认领不可安排-" + System.nanoTime(), false);
        assertThat(scheduleButton("needs-grid", waiting)).isEmpty();
        String title = "认领后安排-" + System.nanoTime();
        long id = need(title, true);
        Button button = scheduleButton("projects-grid", id).orElseThrow();
        assertThat(button.getText()).isEqualTo("安排联合活动");

        test(button).click();
        assertThat($(TextField.class).id("need-event-title").getValue())
                .as("prefilled with the need's title")
                .isEqualTo(title);
        test($(Button.class).id("need-event-confirm")).click();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pairing_need_event l join cal_event e on e.id = l.event_id"
                                + " where l.need_id = ? and e.title = ?",
                        Integer.class,
                        id,
                        title))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void a_leader_reads_the_project_without_the_button() {
        long id = SignedIn.as(users, Demo.ADMIN, () -> need("领导只读-" + System.nanoTime(), true));
        assertThat(scheduleButton("projects-grid", id)).isEmpty();
    }
}
