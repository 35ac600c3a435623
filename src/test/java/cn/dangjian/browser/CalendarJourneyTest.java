package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.calendar.Audience;
import cn.dangjian.calendar.ComplianceService;
import cn.dangjian.calendar.DueItem;
import cn.dangjian.calendar.DueState;
import cn.dangjian.calendar.EventInput;
import cn.dangjian.calendar.EventScheduleService;
import cn.dangjian.calendar.Recurrence;
import cn.dangjian.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secretary's journey: open the month view, record a held meeting in at most five interactions
 * (open it, tick "held", write a line of minutes, save: attendance is all-present by default), and see
 * the branch's compliance change on the heatmap.
 */
class CalendarJourneyTest extends BrowserTestBase {

    @Autowired
    EventScheduleService schedule;

    @Autowired
    ComplianceService compliance;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void secretary_records_a_held_meeting_in_five_interactions_and_compliance_changes() {
        long branch = jdbc.queryForObject("select id from party_branch where code = 'C04'", Long.class);
        LocalDate today = LocalDate.now();
        String title = "浏览器旅程会议" + System.nanoTime() % 100000;
        AtomicLong typeId = new AtomicLong();
        SystemAuthentication.runAsSystem(() -> {
            // A monthly duty of the lagging branch that is still open up to today.
            List<DueItem> open = compliance.branchItems(branch, today.getYear()).stream()
                    .filter(i -> i.recurrence() == Recurrence.MONTHLY
                            && !i.periodStart().isAfter(today)
                            && (i.state() == DueState.OVERDUE || i.state() == DueState.PENDING))
                    .toList();
            typeId.set(open.get(open.size() - 1).typeId());
            schedule.save(new EventInput(
                    null,
                    0,
                    branch,
                    typeId.get(),
                    title,
                    today.atTime(7, 30),
                    today.atTime(8, 30),
                    "会议室",
                    null,
                    Audience.BRANCH,
                    List.of(),
                    null,
                    null));
        });
        signIn("sec-c04");
        open("calendar/compliance");
        String before = totalCell();

        int interactions = 0;
        eventOnCalendar(today.atStartOfDay(), title).click(); // on a busy day through FullCalendar's "+N more"
        interactions++;
        WebElement held = wait.until(ExpectedConditions.elementToBeClickable(By.id("event-held")));
        screenshot("calendar-journey-dialog");
        held.click();
        interactions++;
        WebElement minutes =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event-minutes input")));
        minutes.sendKeys("传达上级文件精神，研究部署本月工作");
        interactions++;
        assertThat(driver.findElement(By.id("attendance-count")).getText()).matches(".*(\\d+).*\\1.*");
        driver.findElement(By.id("event-save")).click();
        interactions++;
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-dialog")));
        waitForVaadin();
        assertThat(interactions).isLessThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select status from cal_event where title = ?", String.class, title))
                .isEqualTo("HELD");
        Integer present = jdbc.queryForObject("""
                select count(*) from cal_attendance a join cal_event e on e.id = a.event_id
                where e.title = ? and a.status = 'PRESENT'""", Integer.class, title);
        Integer members =
                jdbc.queryForObject("select count(*) from party_member where branch_id = ?", Integer.class, branch);
        assertThat(present).isEqualTo(members);

        open("calendar/compliance");
        String after = totalCell();
        screenshot("calendar-journey-heatmap");
        assertThat(heldOf(after)).isEqualTo(heldOf(before) + 1);
    }

    private String totalCell() {
        AtomicReference<String> text = new AtomicReference<>();
        wait.until(d -> {
            List<WebElement> cells = d.findElements(By.cssSelector(".hm-cell[data-branch='C04'][data-month='0']"));
            if (cells.isEmpty()) {
                return false;
            }
            text.set(cells.get(0).getText());
            return true;
        });
        return text.get();
    }

    private static int heldOf(String cell) {
        return Integer.parseInt(cell.substring(0, cell.indexOf('/')));
    }
}
