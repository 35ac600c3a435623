package cn.dangjian.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.common.ui.StatCard;
import cn.dangjian.pairing.PairingFilter;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.pairing.PairingService;
import cn.dangjian.points.ApprovalService;
import cn.dangjian.points.BoardScope;
import cn.dangjian.points.LeaderboardService;
import cn.dangjian.points.OwnRank;
import cn.dangjian.points.Periods;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The start page shows each role the numbers of its own scope, and only those it may act on. */
@IntegrationTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    PairingService pairings;

    @Autowired
    ApprovalService points;

    @Autowired
    LeaderboardService boards;

    @Autowired
    Clock clock;

    /** Card label → value, as the user reads them. */
    private Map<String, String> cards() {
        UI.getCurrent().navigate("");
        Map<String, String> result = new LinkedHashMap<>();
        for (StatCard card : $(StatCard.class).all()) {
            Div[] parts = card.getChildren().map(Div.class::cast).toArray(Div[]::new);
            result.put(parts[1].getText(), parts[0].getText());
        }
        return result;
    }

    private String label(String key) {
        return ((Component) getCurrentView()).getTranslation(key);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void administrator_sees_the_year_at_a_glance_with_dormant_pairings_and_pending_approvals() {
        Map<String, String> cards = cards();
        assertThat(cards.get(label("home.onTimeRate"))).matches("\\d{1,3}%");
        assertThat(cards).containsKeys(label("home.dueSoon"), label("home.overdue"));
        long dormant = pairings.count(new PairingFilter(null, null, null, PairingHealth.DORMANT));
        assertThat(dormant).as("the demo hospital has dormant pairings").isPositive();
        assertThat(cards.get(label("home.dormantPairings"))).isEqualTo(String.valueOf(dormant));
        assertThat(cards.get(label("home.pendingPoints"))).isEqualTo(String.valueOf(points.countPending()));
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_reminders_but_not_the_approval_queue() {
        Map<String, String> cards = cards();
        assertThat(cards).containsKeys(label("home.onTimeRate"), label("home.dueSoon"), label("home.overdue"));
        assertThat(cards).doesNotContainKey(label("home.pendingPoints"));
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_reads_the_figures_without_work_queues() {
        Map<String, String> cards = cards();
        assertThat(cards).containsKeys(label("home.onTimeRate"), label("home.dormantPairings"));
        assertThat(cards).doesNotContainKeys(label("home.dueSoon"), label("home.pendingPoints"));
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_sees_own_points_as_the_leaderboard_computes_them() {
        OwnRank own = boards.ownRank(
                        BoardScope.HOSPITAL, Periods.year(LocalDate.now(clock).getYear()))
                .orElseThrow();
        Map<String, String> cards = cards();
        assertThat(cards.get(label("home.ownPoints"))).isEqualTo(String.valueOf(own.score()));
        assertThat(cards).containsKey(label("home.branchOnTime")).doesNotContainKey(label("home.dormantPairings"));
    }
}
