package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.calendar.Audience;
import cn.dangjian.calendar.CalendarEvent;
import cn.dangjian.calendar.EventInput;
import cn.dangjian.calendar.EventScheduleService;
import cn.dangjian.support.Demo;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A joint activity of 妇产科 (organiser) with its partner 康复中医 under their pairing: both secretaries'
 * calendars show it marked joint, a member of each branch signs in through the QR link, the organiser records
 * it held, and both members get the activity's points on their own ledgers.
 */
class JointEventJourneyTest extends BrowserTestBase {

    @Autowired
    EventScheduleService schedule;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void both_branches_see_sign_in_and_earn_points_for_a_joint_event() {
        long pairing = jdbc.queryForObject("""
                select min(p.id) from pairing p join party_branch a on a.id = p.branch_id
                join party_branch b on b.id = p.partner_branch_id
                where a.code = 'C11' and b.code = 'C08' and p.status = 'ACTIVE'""", Long.class);
        long branch = jdbc.queryForObject("select id from party_branch where code = 'C08'", Long.class);
        long type = jdbc.queryForObject("select id from cal_event_type where code = 'JOINT_ACTIVITY'", Long.class);
        String title = "联建旅程" + System.nanoTime() % 100000;
        LocalDateTime start = LocalDateTime.now(clock).withSecond(0).withNano(0).minusMinutes(20);
        CalendarEvent event = SignedIn.as(
                users,
                Demo.SECRETARY_C08,
                () -> schedule.save(new EventInput(
                        null,
                        0,
                        branch,
                        type,
                        title,
                        start,
                        start.plusHours(1),
                        "康复医学科示教室",
                        null,
                        Audience.BRANCH,
                        List.of(),
                        pairing,
                        List.of(),
                        2,
                        null,
                        null)));
        long member = JourneyData.memberOf(jdbc, Demo.MEMBER_C08);
        long member2 = JourneyData.memberOf(jdbc, Demo.MEMBER_C11);
        Map<Long, Integer> expected =
                Map.of(member, JourneyData.room(jdbc, member), member2, JourneyData.room(jdbc, member2));

        // The partner's secretary sees it on the own calendar, marked joint with the organiser named.
        signIn(Demo.SECRETARY_C11);
        WebElement seen = eventOnCalendar(start, title);
        assertThat(seen.getText()).contains("妇产科党支部");
        screenshot("joint-partner-calendar");

        // The organiser's secretary opens it and takes the QR sign-in link.
        signIn(Demo.SECRETARY_C08);
        eventOnCalendar(start, title).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-joint")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("event-qr"))).click();
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-link")))
                .getAttribute("href");
        screenshot("joint-organiser-qr");

        for (String username : List.of(Demo.MEMBER_C08, Demo.MEMBER_C11)) {
            signIn(username);
            driver.get(link);
            waitForVaadin();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-result")))
                            .getText())
                    .isNotBlank();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from cal_attendance where event_id = ? and status = 'PRESENT'",
                        Integer.class,
                        event.getId()))
                .as("a member of each branch signed in")
                .isEqualTo(2);

        // The organiser records the event held; the signed-in partner member keeps their sign-in.
        signIn(Demo.SECRETARY_C08);
        eventOnCalendar(start, title).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("event-held"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("event-save"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-dialog")));
        waitForVaadin();
        assertThat(jdbc.queryForObject("select status from cal_event where id = ?", String.class, event.getId()))
                .isEqualTo("HELD");
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertThat(jdbc.queryForObject(
                            "select coalesce(sum(points), 0) from points_entry where source_type = 'EVENT'"
                                    + " and source_id = ? and member_id = ?",
                            Integer.class,
                            event.getId(),
                            e.getKey()))
                    .as("points of member %s", e.getKey())
                    .isEqualTo(e.getValue());
        }
        assertThat(expected.values())
                .as("the demo leaves room under the yearly cap")
                .anyMatch(p -> p > 0);
    }
}
