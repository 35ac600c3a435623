package cn.dangjian.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The plan button and the meeting-habits view per role, without a browser. */
@IntegrationTest
class PlanViewsTest extends SpringBrowserlessTest {

    @Autowired
    private JdbcTemplate jdbc;

    private Class<?> landOn(String route) {
        UI.getCurrent().navigate(route);
        Class<?> c = getCurrentView().getClass();
        while (c.getName().contains("$$")) {
            c = c.getSuperclass();
        }
        return c;
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    @SuppressWarnings("unchecked")
    void secretary_generates_next_year_for_own_branch_and_the_demo_plan_is_already_complete() {
        assertThat(landOn("calendar")).isEqualTo(CalendarView.class);
        test($(Button.class).id("plan-open")).click();
        Select<Integer> year = $(Select.class).id("plan-year");
        assertThat(year.getValue()).isEqualTo(java.time.LocalDate.now().getYear() + 1);
        assertThat($(ComboBox.class).withId("plan-branch").exists())
                .as("no branch choice")
                .isFalse();
        int before = jdbc.queryForObject("select count(*) from cal_event", Integer.class);
        test($(Button.class).id("plan-generate")).click();
        assertThat(jdbc.queryForObject("select count(*) from cal_event", Integer.class))
                .as("the demo data already holds next year's plan")
                .isEqualTo(before);
        assertThat($(Notification.class).all()).isNotEmpty();
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_sees_the_branch_habits() {
        assertThat(landOn("calendar/habits")).isEqualTo(MeetingHabitsView.class);
        assertThat($(Grid.class)
                        .id("habit-grid")
                        .getGenericDataView()
                        .getItems()
                        .count())
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    @WithUserDetails(Demo.MEMBER_C08)
    void member_has_neither_the_plan_button_nor_the_habits() {
        assertThat(landOn("calendar")).isEqualTo(CalendarView.class);
        assertThat($(Button.class).withId("plan-open").exists()).isFalse();
        assertThat(landOn("calendar/habits")).isNotEqualTo(MeetingHabitsView.class);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void admin_opens_the_holidays_and_the_hospital_habits() {
        assertThat(landOn("calendar/holidays")).isEqualTo(HolidaysView.class);
        assertThat(landOn("calendar/habits")).isEqualTo(MeetingHabitsView.class);
        assertThat($(Grid.class)
                        .id("habit-grid")
                        .getGenericDataView()
                        .getItems()
                        .count())
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    @WithUserDetails(Demo.SECRETARY_C08)
    void secretary_cannot_open_the_holidays() {
        assertThat(landOn("calendar/holidays")).isNotEqualTo(HolidaysView.class);
    }
}
