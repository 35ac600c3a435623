package cn.dangjian.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.ui.ViewHeader;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingRow;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The pairing views rendered on the server, without a browser, for each role. */
@IntegrationTest
class PairingViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private Long pairingBetween(String a, String b) {
        return jdbc.queryForObject("""
                select min(p.id) from pairing p join party_branch x on x.id = p.branch_id join party_branch y on y.id = p.partner_branch_id
                where x.code = ? and y.code = ?""", Long.class, a, b);
    }

    private Object open(String route) {
        UI.getCurrent().navigate(route);
        return getCurrentView();
    }

    private static List<String> idsUnder(Element root) {
        List<String> ids = new ArrayList<>();
        collect(root, ids);
        return ids;
    }

    private static void collect(Element e, List<String> ids) {
        String id = e.hasAttribute("id") ? e.getAttribute("id") : e.getProperty("id");
        if (id != null) {
            ids.add(id);
        }
        e.getChildren().forEach(c -> collect(c, ids));
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    @SuppressWarnings("unchecked")
    void admin_list_shows_pairings_lazily_and_filters_by_health() {
        assertThat(open("pairings")).isInstanceOf(PairingsView.class);
        Grid<PairingRow> grid = $(Grid.class).id("pairing-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(10);
        assertThat($(Button.class).id("new-pairing").isVisible()).isTrue();
        Select<PairingHealth> health = $(Select.class).id("health-filter");
        health.setValue(PairingHealth.DORMANT);
        int dormant = test(grid).size();
        assertThat(dormant).isPositive();
        for (int i = 0; i < dormant; i++) {
            assertThat(test(grid).getRow(i).healthValue()).isEqualTo(PairingHealth.DORMANT);
        }
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void detail_shows_agreement_goals_evidence_and_history() {
        Long id = pairingBetween("C11", "C08");
        assertThat(open("pairings/" + id)).isInstanceOf(PairingDetailView.class);
        assertThat($(ViewHeader.class).first().getText()).contains("共建协议");
        assertThat($(Anchor.class).id("pairing-attachment").getText()).contains(".pdf");
        assertThat(test($(Grid.class).id("goal-grid")).size()).isEqualTo(3);
        assertThat($(Span.class).id("pairing-health").getElement().getAttribute("data-health"))
                .isEqualTo("ALIVE");
        // One entry per evidence record: the demo's own plus the joint events held under this pairing.
        Long evidence =
                jdbc.queryForObject("select count(*) from pairing_evidence where pairing_id = ?", Long.class, id);
        assertThat(evidence).isGreaterThanOrEqualTo(4);
        assertThat($(Div.class).id("evidence-timeline").getChildren().count()).isEqualTo(evidence);
        assertThat($(Button.class).id("pairing-end").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void matrix_shows_cells_and_marks_clinical_branches_without_functional_partner() {
        assertThat(open("pairing-matrix")).isInstanceOf(PairingMatrixView.class);
        List<String> ids = idsUnder(getCurrentView().getElement());
        assertThat(ids)
                .contains(
                        "pairing-matrix",
                        "cell-C01-F02",
                        "cell-C10-F02",
                        "cell-C04-F02",
                        "gap-C13",
                        "gap-C11",
                        "suggest-C13");
        assertThat(ids).doesNotContain("gap-C01", "gap-C08");
        // The secretary's draft shows as a proposal, not as coverage.
        assertThat(ids).contains("cell-C06-F02", "gap-C06");
        test($(Button.class).id("suggest-C13")).click();
        assertThat($(Div.class).id("suggestion-0").getElement().getTextRecursively())
                .contains("推荐理由");
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_own_pairings_and_cannot_open_another_branch_pairing_or_the_matrix() {
        assertThat(open("pairings")).isInstanceOf(PairingsView.class);
        Long c08 = jdbc.queryForObject("select id from party_branch where code = 'C08'", Long.class);
        @SuppressWarnings("unchecked")
        Grid<PairingRow> grid = $(Grid.class).id("pairing-grid");
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            PairingRow r = test(grid).getRow(i);
            assertThat(r.branchId().equals(c08) || c08.equals(r.partnerBranchId()))
                    .isTrue();
        }
        assertThat(open("pairings/" + pairingBetween("F02", "C01"))).isNotInstanceOf(PairingDetailView.class);
        assertThat(open("pairing-matrix")).isNotInstanceOf(PairingMatrixView.class);
        assertThat(open("pairing-units")).isNotInstanceOf(ExternalUnitsView.class);
        assertThat(open("pairings/" + pairingBetween("C11", "C08"))).isInstanceOf(PairingDetailView.class);
        assertThat($(Button.class).id("record-evidence").isVisible()).isTrue();
        assertThat($(Button.class).withId("pairing-activate").exists()).isFalse();
        assertThat($(Button.class).withId("pairing-end").exists()).isFalse();
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_reads_the_matrix_but_cannot_create() {
        assertThat(open("pairing-matrix")).isInstanceOf(PairingMatrixView.class);
        assertThat(open("pairings")).isInstanceOf(PairingsView.class);
        assertThat($(Button.class).withId("new-pairing").exists()).isFalse();
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void a_member_cannot_open_pairings() {
        assertThat(open("pairings")).isNotInstanceOf(PairingsView.class);
    }
}
