package cn.dangjian.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.calendar.EventType;
import cn.dangjian.organization.BranchService;
import cn.dangjian.security.ui.LoginView;
import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The calendar's views per role, and what they show, without a browser. */
@IntegrationTest
class CalendarViewsTest extends SpringBrowserlessTest {

    @Autowired
    private BranchService branches;

    @Autowired
    private CalendarUi ui;

    @Autowired
    private JdbcTemplate jdbc;

    /** The view class the user lands on, without the proxy Spring's method security wraps views in. */
    private Class<?> landOn(String route) {
        String[] parts = route.split("\\?", 2);
        UI.getCurrent()
                .navigate(parts[0], parts.length == 1 ? QueryParameters.empty() : QueryParameters.fromString(parts[1]));
        Class<?> c = getCurrentView().getClass();
        while (c.getName().contains("$$")) {
            c = c.getSuperclass();
        }
        return c;
    }

    @Test
    @WithAnonymousUser
    void anonymous_users_are_sent_to_login() {
        assertThat(landOn("calendar")).isEqualTo(LoginView.class);
        assertThat(landOn("calendar/sign-in?token=x")).isEqualTo(LoginView.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_opens_every_calendar_view_and_the_heatmap_shows_all_branches() {
        assertThat(landOn("calendar")).isEqualTo(CalendarView.class);
        assertThat(landOn("calendar/reminders")).isEqualTo(RemindersView.class);
        assertThat(landOn("calendar/types")).isEqualTo(EventTypesView.class);
        assertThat(landOn("calendar/compliance")).isEqualTo(ComplianceView.class);
        long rows = heatmap(".hm-branch").size();
        assertThat(rows)
                .as("one row per branch of the hospital")
                .isEqualTo(branches.refs().size());
        assertThat(heatmap(".hm-bad, .hm-poor").size())
                .as("lagging branches show up")
                .isPositive();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_own_row_and_reminders_but_not_type_configuration() {
        assertThat(landOn("calendar/compliance")).isEqualTo(ComplianceView.class);
        assertThat(heatmap(".hm-branch").size()).isEqualTo(1);
        assertThat(landOn("calendar/reminders")).isEqualTo(RemindersView.class);
        assertThat(landOn("calendar/types")).isNotEqualTo(EventTypesView.class);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_reads_the_calendar_but_not_compliance_or_reminders() {
        assertThat(landOn("calendar")).isEqualTo(CalendarView.class);
        assertThat(landOn("calendar/reminders")).isNotEqualTo(RemindersView.class);
        assertThat(landOn("calendar/compliance")).isNotEqualTo(ComplianceView.class);
        assertThat(landOn("calendar/sign-in?token=bad")).isEqualTo(SignInView.class);
    }

    @Test
    @WithUserDetails(Demo.LEADER)
    void leader_reads_the_heatmap_but_not_reminders() {
        assertThat(landOn("calendar/compliance")).isEqualTo(ComplianceView.class);
        assertThat(landOn("calendar/reminders")).isNotEqualTo(RemindersView.class);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void the_save_button_of_a_new_event_is_disabled_on_click_and_enabled_again_after_a_refusal() {
        assertThat(landOn("calendar")).isEqualTo(CalendarView.class);
        EventDialog.create(ui, null, LocalDate.now(), () -> {});
        Button save = $(Button.class).id("event-save");
        assertThat(save.isDisableOnClick())
                .as("a double click cannot save twice")
                .isTrue();
        assertThat($(TextField.class).id("event-title").getMaxLength())
                .as("no silent cut in the browser")
                .isZero();
        test(save).click(); // no type chosen: the service refuses
        assertThat(save.isEnabled()).as("usable again after the error").isTrue();
        assertThat($(EventDialog.class).single().isOpened()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    @SuppressWarnings("unchecked")
    void enter_outside_the_text_fields_does_not_save_a_new_event() {
        assertThat(landOn("calendar")).isEqualTo(CalendarView.class);
        EventDialog.create(ui, null, LocalDate.now().plusDays(3), () -> {});
        Select<EventType> type = $(Select.class).id("event-type");
        type.setValue(type.getListDataView().getItems().findFirst().orElseThrow());
        String title = "回车测试 " + System.nanoTime();
        test($(TextField.class).id("event-title")).setValue(title);
        String count = "select count(*) from cal_event where title = ?";
        fireShortcut(Key.ENTER); // as from a date or time picker: the dialog's body, not a text field
        assertThat(jdbc.queryForObject(count, Integer.class, title)).isZero();
        test($(Button.class).id("event-save")).click();
        assertThat(jdbc.queryForObject(count, Integer.class, title))
                .as("the form itself was complete")
                .isEqualTo(1);
    }

    /** The heatmap's cells matching {@code css}: one element holding them as HTML, read back by a real parser. */
    private Elements heatmap(String css) {
        Div heatmap = $(Div.class).all().stream()
                .filter(d -> d.getId().filter("heatmap"::equals).isPresent())
                .findFirst()
                .orElseThrow();
        return Jsoup.parseBodyFragment(heatmap.getElement().getProperty("innerHTML"))
                .select(css);
    }
}
