package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.calendar.Audience;
import cn.dangjian.calendar.EventInput;
import cn.dangjian.calendar.EventScheduleService;
import cn.dangjian.security.SystemAuthentication;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The year's plan and its follow-up in Chromium: the office generates next year's plan, the secretary of 妇产科
 * sees the months filled and moves a meeting, records a held planned meeting in at most four interactions; the
 * office publishes a key task asking for held 主题党日, the secretary reports (the evidence comes from the
 * calendar), the office sends it back, the secretary reports again and the office accepts.
 */
class FollowUpJourneyTest extends BrowserTestBase {

    @Autowired
    EventScheduleService schedule;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void plan_generated_meeting_recorded_and_a_key_task_followed_up_to_acceptance() {
        long c08 = jdbc.queryForObject("select id from party_branch where code = 'C08'", Long.class);
        LocalDate today = LocalDate.now();
        int next = today.getYear() + 1;

        signIn("admin");
        open("calendar");
        click(By.id("plan-open"));
        click(By.id("plan-generate"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("plan-generate")));
        Integer planned = jdbc.queryForObject(
                "select count(distinct month(start_at)) from cal_event where branch_id = ? and year(start_at) = ?"
                        + " and status = 'PLANNED'",
                Integer.class,
                c08,
                next);
        assertThat(planned).as("every month of next year holds a planned duty").isEqualTo(12);

        signIn2("sec-c08");
        open("calendar?view=dayGridMonth&date=" + next + "-03-01");
        List<WebElement> march =
                wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#calendar a.fc-event")));
        assertThat(march).as("the secretary sees March filled").isNotEmpty();
        screenshot("followup-journey-plan");
        Long meeting = jdbc.queryForObject(
                "select min(id) from cal_event where branch_id = ? and status = 'PLANNED' and year(start_at) = ?"
                        + " and month(start_at) = 3",
                Long.class,
                c08,
                next);
        LocalDateTime start =
                jdbc.queryForObject("select start_at from cal_event where id = ?", LocalDateTime.class, meeting);
        LocalDateTime end =
                jdbc.queryForObject("select end_at from cal_event where id = ?", LocalDateTime.class, meeting);
        // What FullCalendar reports when the secretary drops the meeting one day later.
        Object kept = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "document.getElementById('calendar').$server.moved(arguments[0], arguments[1], arguments[2])"
                                + ".then(done, () => done(false));",
                        String.valueOf(meeting),
                        start.plusDays(1).toString(),
                        end.plusDays(1).toString());
        assertThat(kept).isEqualTo(Boolean.TRUE);
        assertThat(jdbc.queryForObject("select start_at from cal_event where id = ?", LocalDateTime.class, meeting))
                .isEqualTo(start.plusDays(1));

        String title = "旅程党小组会" + System.nanoTime() % 100000;
        SystemAuthentication.runAsSystem(() -> schedule.save(new EventInput(
                null,
                0,
                c08,
                jdbc.queryForObject("select id from cal_event_type where code = 'GROUP_MEETING'", Long.class),
                title,
                today.atTime(7, 0),
                today.atTime(7, 45),
                "示教室",
                null,
                Audience.BRANCH,
                List.of(),
                null,
                null)));
        int interactions = 0;
        eventOnCalendar(today.atTime(7, 0), title).click(); // on a busy day through FullCalendar's "+N more"
        interactions++;
        click(By.id("event-held"));
        interactions++;
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event-minutes input")))
                .sendKeys("学习上级文件，讨论科室党建品牌");
        interactions++;
        click(By.id("event-save"));
        interactions++;
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-dialog")));
        assertThat(interactions).as("recording a held planned meeting").isLessThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select status from cal_event where title = ?", String.class, title))
                .isEqualTo("HELD");

        String task = "旅程工作要点" + System.nanoTime() % 100000;
        signIn2("admin");
        open("plan/tasks");
        click(By.id("task-new"));
        type(By.cssSelector("#task-title input"), task);
        type(By.cssSelector("#task-category input"), "组织建设");
        choose(By.id("task-evidence"), "日历中已开展的活动");
        choose(By.id("task-event-type"), "主题党日");
        click(By.id("task-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-save")));
        Long taskId = jdbc.queryForObject("select id from plan_key_task where title = ?", Long.class, task);
        click(By.id("task-publish-" + taskId));
        click(By.id("confirm-button"));
        waitForVaadin();
        screenshot("followup-journey-tasks");
        Long assignment = jdbc.queryForObject(
                "select id from plan_assignment where task_id = ? and branch_id = ?", Long.class, taskId, c08);

        signIn2("sec-c08");
        report(task, "已按月开展主题党日");
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_assignment_event where assignment_id = ?",
                        Integer.class,
                        assignment))
                .as("the held themed days were linked from the calendar")
                .isPositive();

        signIn2("admin");
        review(task);
        type(By.cssSelector("#review-reason textarea"), "请补充会议记录照片");
        click(By.id("assignment-send-back"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignment-dialog")));
        assertThat(state(assignment)).isEqualTo("RETURNED");

        signIn2("sec-c08");
        report(task, "已补充会议记录");
        signIn2("admin");
        review(task);
        screenshot("followup-journey-review");
        click(By.id("assignment-accept"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignment-dialog")));
        assertThat(state(assignment)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForList(
                        "select to_state from plan_assignment_step where assignment_id = ? order by id",
                        String.class,
                        assignment))
                .containsExactly(
                        "ISSUED", "IN_PROGRESS", "REPORTED", "RETURNED", "IN_PROGRESS", "REPORTED", "ACCEPTED");
    }

    private void report(String task, String text) {
        open("plan/assignments");
        click(By.xpath("//vaadin-grid-cell-content[contains(., '" + task + "')]"));
        WebElement area =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-text textarea")));
        area.clear();
        area.sendKeys(text);
        click(By.id("assignment-report"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("assignment-dialog")));
    }

    private void review(String task) {
        open("plan/assignments");
        choose(By.id("assignment-filter"), "待审核");
        click(By.xpath("//vaadin-grid-cell-content[contains(., '" + task + "')]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assignment-accept")));
    }

    private String state(long assignment) {
        return jdbc.queryForObject("select state from plan_assignment where id = ?", String.class, assignment);
    }

    private void signIn2(String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("login"));
        signIn(user);
    }
}
