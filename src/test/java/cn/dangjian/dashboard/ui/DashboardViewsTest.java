package cn.dangjian.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.calendar.DueItem;
import cn.dangjian.calendar.DueState;
import cn.dangjian.common.ui.chart.ChartJs;
import cn.dangjian.common.ui.chart.ChartTable;
import cn.dangjian.organization.MemberRow;
import cn.dangjian.pairing.AllianceLevel;
import cn.dangjian.pairing.AllianceRow;
import cn.dangjian.pairing.PairingHealth;
import cn.dangjian.points.MemberPoints;
import cn.dangjian.points.MemberPointsService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import cn.dangjian.support.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboards render for their audiences, and a click on a chart element opens the filtered list behind it. */
@IntegrationTest
class DashboardViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberPointsService memberPoints;

    @Autowired
    Clock clock;

    private Object open(String route) {
        UI.getCurrent().navigate(route);
        return getCurrentView();
    }

    /** The text of the one page for what does not exist and what is not the viewer's. */
    private String notFound(String route) {
        open(route);
        return $(Paragraph.class).withId("error-text").single().getText();
    }

    private ChartTile tile(String id) {
        return $(ChartTile.class).withId(id).single();
    }

    private String location() {
        return UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** The current location as path plus sorted query parameters (their order in the address is not kept). */
    private String target() {
        var location = UI.getCurrent().getActiveViewLocation();
        return location.getPath()
                + new java.util.TreeMap<>(location.getQueryParameters().getParameters());
    }

    private static String target(String path, String... params) {
        java.util.Map<String, java.util.List<String>> map = new java.util.TreeMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], java.util.List.of(params[i + 1]));
        }
        return path + map;
    }

    private String value(String tileId) {
        return $(Div.class).withId(tileId + "-value").single().getText();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void hospital_dashboard_shows_every_tile_with_its_number_period_and_scope() {
        assertThat(open("dashboard")).isInstanceOf(HospitalDashboardView.class);
        for (String id : new String[] {
            "tile-completion",
            "tile-bands",
            "tile-overdue",
            "tile-pairings",
            "tile-points",
            "tile-averages",
            "tile-members",
            "tile-conversions"
        }) {
            ChartTile tile = tile(id);
            assertThat(tile.chart().summary()).as(id).isNotBlank();
            assertThat(tile.chart().isClickable()).as(id).isTrue();
            assertThat($(Div.class).withId(id + "-value").exists()).isTrue();
        }
        long all = jdbc.queryForObject("select count(*) from party_member", Long.class);
        assertThat(value("tile-members")).isEqualTo(String.valueOf(all));
        assertThat(tile("tile-completion").chart().configJson()).contains("\"type\":\"line\"");
        assertThat(tile("tile-pairings").chart().configJson()).contains("\"stacked\":true");
        assertThat(tile("tile-members").chart().configJson()).contains("\"type\":\"doughnut\"");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_alliance_bar_opens_the_alliance_list_of_that_level_and_health_and_a_pairing_bar_the_pairings() {
        open("dashboard");
        ChartJs chart = tile("tile-pairings").chart();
        // Labels alternate: a level's pairings, then its alliances. Find an alliance bar segment with alliances in it.
        int dataset = -1;
        int index = -1;
        for (int d = 0; d < chart.datasets().size() && index < 0; d++) {
            var values = chart.datasets().get(d).values();
            for (int i = 1; i < values.size(); i += 2) {
                if (values.get(i) != null && values.get(i).intValue() > 0) {
                    dataset = d;
                    index = i;
                    break;
                }
            }
        }
        assertThat(index).as("an alliance bar with alliances").isPositive();
        int expected = chart.datasets().get(dataset).values().get(index).intValue();
        AllianceLevel level = AllianceLevel.values()[index / 2];
        PairingHealth health = PairingHealth.values()[dataset];
        chart.fireClick(new ChartJs.Click(dataset, index));
        assertThat(target()).isEqualTo(target("alliances", "health", health.name(), "level", level.name()));
        Grid<AllianceRow> grid = $(Grid.class).withId("alliances-grid").single();
        assertThat(test(grid).size()).isEqualTo(expected);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).level()).isEqualTo(level);
            assertThat(test(grid).getRow(i).healthValue()).isEqualTo(health);
        }

        open("dashboard");
        tile("tile-pairings").chart().fireClick(new ChartJs.Click(PairingHealth.DORMANT.ordinal(), 0));
        assertThat(location()).isEqualTo("pairings?health=DORMANT");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void a_status_slice_opens_the_members_list_filtered_by_that_status() {
        open("dashboard");
        tile("tile-members").chart().fireClick(new ChartJs.Click(0, 1));
        assertThat(location()).isEqualTo("members?status=PROBATIONARY");
        Grid<MemberRow> grid = $(Grid.class).withId("member-grid").single();
        long probationary =
                jdbc.queryForObject("select count(*) from party_member where status = 'PROBATIONARY'", Long.class);
        assertThat(test(grid).size()).isEqualTo((int) probationary);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_overdue_row_opens_that_branchs_overdue_duties_of_that_month() {
        open("dashboard");
        Grid<cn.dangjian.calendar.Reminder> overdue =
                $(Grid.class).withId("overdue-list").single();
        assertThat(test(overdue).size()).isPositive();
        cn.dangjian.calendar.Reminder first = test(overdue).getRow(0);
        test(overdue).clickRow(0);
        int month = first.item().dueDate().getMonthValue();
        assertThat(target())
                .isEqualTo(target(
                        "calendar/compliance/" + first.branchId(),
                        "year",
                        String.valueOf(first.item().dueDate().getYear()),
                        "month",
                        String.valueOf(month),
                        "state",
                        "OVERDUE"));
        Grid<DueItem> items = $(Grid.class).withId("due-grid").single();
        assertThat(test(items).size()).isPositive();
        for (int i = 0; i < test(items).size(); i++) {
            DueItem item = test(items).getRow(i);
            assertThat(item.state()).isEqualTo(DueState.OVERDUE);
            assertThat(item.dueDate().getMonthValue()).isEqualTo(month);
        }
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void the_table_toggle_shows_the_figures_and_its_buttons_click_through() {
        open("dashboard");
        ChartTile bands = tile("tile-bands");
        $(Button.class).withId("tile-bands-toggle").single().click();
        assertThat(bands.showingTable()).isTrue();
        ChartTable table = $(ChartTable.class).single();
        assertThat(table.getBody().getRowCount())
                .isEqualTo(bands.chart().labels().size());
        assertThat(table.getCaptionText()).isEqualTo(bands.chart().summary());
        Button first = $(Button.class, table).first();
        first.click();
        assertThat(target())
                .isEqualTo(target(
                        "calendar/compliance",
                        "year",
                        String.valueOf(LocalDate.now(clock).getYear()),
                        "band",
                        "HIGH"));
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void a_secretary_sees_the_own_branch_and_another_branch_is_not_found() {
        assertThat(open("dashboard/branch")).isInstanceOf(BranchDashboardView.class);
        for (String id : new String[] {
            "tile-branch-completion", "tile-attendance", "tile-branch-pairings", "tile-branch-bands", "tile-trend"
        }) {
            assertThat(tile(id).chart().summary()).as(id).isNotBlank();
        }
        assertThat($(ListTile.class).withId("tile-upcoming").exists()).isTrue();
        ChartTile attendance = tile("tile-attendance");
        attendance.chart().fireClick(new ChartJs.Click(0, 0));
        assertThat(target())
                .isEqualTo(target(
                        "calendar",
                        "date",
                        attendance.chart().labels().get(0).substring(0, 10),
                        "view",
                        "listMonth",
                        "branch",
                        String.valueOf(TestAccounts.branchId(jdbc, "C08"))));

        assertThat(notFound("dashboard/branch/" + TestAccounts.branchId(jdbc, "C11")))
                .isEqualTo(notFound("dashboard/branch/999999"))
                .isEqualTo(notFound("dashboard"))
                .isEqualTo("记录不存在，或您无权查看。");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_office_opens_any_branch_and_its_pairing_slice_filters_the_pairings() {
        long c11 = TestAccounts.branchId(jdbc, "C11");
        assertThat(open("dashboard/branch/" + c11)).isInstanceOf(BranchDashboardView.class);
        tile("tile-branch-pairings").chart().fireClick(new ChartJs.Click(0, 2));
        assertThat(target()).isEqualTo(target("pairings", "branch", String.valueOf(c11), "health", "DORMANT"));
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void a_member_sees_the_own_points_against_the_bands_and_study_hours() {
        open("");
        long memberId = jdbc.queryForObject(
                "select member_id from user_account where username = ?", Long.class, Demo.MEMBER_C08);
        MemberPoints mine =
                memberPoints.memberPoints(memberId, LocalDate.now(clock).getYear());
        assertThat(value("tile-my-points")).isEqualTo(String.valueOf(mine.score()));
        assertThat(tile("tile-my-points").chart().datasets().get(0).values().get(0))
                .isEqualTo(mine.score());
        assertThat(value("tile-my-study")).isEqualTo(mine.studyHours() + " / " + mine.studyTarget());
        assertThat($(ListTile.class).withId("tile-my-events").exists()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void presentation_mode_rotates_the_tiles_and_rereads_the_figures_every_few_minutes() {
        PresentationView view = (PresentationView) open("dashboard/present");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(PresentationView.ROTATE_MILLIS);
        assertThat(view.polling()).isTrue();
        int first = view.current();
        view.tick();
        assertThat(view.current()).isNotEqualTo(first);
        int reloads = view.reloads();
        for (int i = 1; i < PresentationView.RELOAD_EVERY; i++) {
            view.tick();
        }
        assertThat(view.reloads()).isEqualTo(reloads + 1);
        open("dashboard");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
