package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.accounts.AccountService;
import cn.dangjian.pairing.lists.ServiceRecord;
import cn.dangjian.pairing.lists.ServiceRecordService;
import cn.dangjian.security.Roles;
import cn.dangjian.support.Demo;
import cn.dangjian.support.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 8's journey through the three lists: 妇产科 (clinical) raises a need addressed to its pairing with 护理党支部
 * (functional); 护理's secretary claims it and schedules a joint activity for it; both calendars show it, a member
 * of each branch signs in by QR and earns its points; 护理 closes the project, 妇产科 rates it, and 护理's service
 * record counts one more need received, claimed, closed and rated satisfied.
 */
class NeedJourneyTest extends BrowserTestBase {

    static final String SECRETARY_F03 = "sec-f03";

    @Autowired
    ServiceRecordService serviceRecords;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_need_travels_from_raised_to_rated_through_a_joint_event_both_branches_live() {
        long nursing = jdbc.queryForObject("select id from party_branch where code = 'F03'", Long.class);
        long pairing = jdbc.queryForObject("""
                select min(p.id) from pairing p join party_branch a on a.id = p.branch_id
                join party_branch b on b.id = p.partner_branch_id
                where a.code = 'F03' and b.code = 'C08' and p.status = 'ACTIVE'""", Long.class);
        String agreement =
                jdbc.queryForObject("select agreement_title from pairing where id = ?", String.class, pairing);
        int year = LocalDate.now(clock).getYear();
        ServiceRecord before = record(nursing, year);
        String title = "需求旅程" + System.nanoTime() % 100000;

        // 妇产科's secretary raises the need, addressed to the pairing with 护理党支部.
        signIn(Demo.SECRETARY_C08);
        open("lists");
        click(By.id("need-raise"));
        type(By.cssSelector("#need-title input"), title);
        choose(By.id("need-addressed"), agreement);
        type(By.cssSelector("#need-description textarea"), "产后康复护理门诊需护理部派专科护士指导");
        click(By.id("need-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("need-save")));
        long need = jdbc.queryForObject("select id from pairing_need where title = ?", Long.class, title);
        assertThat(needState(need)).isEqualTo("WAITING");
        assertThat(jdbc.queryForObject("select pairing_id from pairing_need where id = ?", Long.class, need))
                .isEqualTo(pairing);

        // 护理's secretary finds it on the needs list and claims it alone.
        signIn(SECRETARY_F03);
        open("lists");
        click(By.id("need-claim-" + need));
        click(By.id("claim-confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim-confirm")));
        assertThat(needState(need)).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForList("select branch_id from pairing_need_claim where need_id = ?", Long.class, need))
                .containsExactly(nursing);
        screenshot("need-journey-claimed");

        // ...and schedules a joint activity for it from the need: a 联建活动 under the need's pairing, prefilled with
        // the need's title, started twenty minutes ago so that it can be signed in to and recorded held below.
        LocalDateTime start = LocalDateTime.now(clock).withSecond(0).withNano(0).minusMinutes(20);
        click(By.id("need-event-" + need));
        assertThat(driver.findElement(By.cssSelector("#need-event-title input")).getAttribute("value"))
                .isEqualTo(title);
        setPicker("need-event-start", start);
        setPicker("need-event-end", start.plusHours(1));
        type(By.cssSelector("#need-event-place input"), "护理部示教室");
        click(By.id("need-event-confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("need-event-confirm")));
        long eventId =
                jdbc.queryForObject("select event_id from pairing_need_event where need_id = ?", Long.class, need);
        assertThat(jdbc.queryForMap("select branch_id, pairing_id, start_at from cal_event where id = ?", eventId))
                .containsEntry("branch_id", nursing)
                .containsEntry("pairing_id", pairing);

        // A member of each branch, with what the activity's rule still grants them this year.
        long obstetrics = JourneyData.memberOf(jdbc, Demo.MEMBER_C08);
        String nurse = nurseAccount(nursing);
        long nurseMember = JourneyData.memberOf(jdbc, nurse);
        Map<Long, Integer> expected = Map.of(
                obstetrics, JourneyData.room(jdbc, obstetrics), nurseMember, JourneyData.room(jdbc, nurseMember));

        // The requester's calendar shows it, marked joint with 护理党支部 named as organiser.
        signIn(Demo.SECRETARY_C08);
        assertThat(eventOnCalendar(start, title).getText()).contains("护理党支部");
        screenshot("need-journey-requester-calendar");

        // The organiser's calendar shows it too; its secretary takes the QR sign-in link.
        signIn(SECRETARY_F03);
        eventOnCalendar(start, title).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-joint")));
        click(By.id("event-qr"));
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-link")))
                .getAttribute("href");
        for (String username : List.of(Demo.MEMBER_C08, nurse)) {
            signIn(username);
            driver.get(link);
            waitForVaadin();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-result")))
                            .getText())
                    .isNotBlank();
        }
        assertThat(jdbc.queryForList(
                        "select member_id from cal_attendance where event_id = ? and status = 'PRESENT'",
                        Long.class,
                        eventId))
                .containsExactlyInAnyOrder(obstetrics, nurseMember);

        // The organiser records it held: both members get the activity's points on their own ledgers.
        signIn(SECRETARY_F03);
        eventOnCalendar(start, title).click();
        click(By.id("event-held"));
        click(By.id("event-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-dialog")));
        assertThat(jdbc.queryForObject("select status from cal_event where id = ?", String.class, eventId))
                .isEqualTo("HELD");
        expected.forEach((member, points) -> assertThat(JourneyData.eventPoints(jdbc, eventId, member))
                .as("points of member %s", member)
                .isEqualTo(points));
        assertThat(expected.values())
                .as("the demo leaves room under the yearly cap")
                .anyMatch(p -> p > 0);

        // 护理 closes the project with what was done.
        open("lists");
        click(By.id("need-close-" + need));
        type(By.cssSelector("#close-result textarea"), "已派专科护士每周坐诊指导，产后康复门诊开诊");
        click(By.id("close-confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("close-confirm")));
        assertThat(needState(need)).isEqualTo("DONE");

        // 妇产科, the requester, rates it 满意.
        signIn(Demo.SECRETARY_C08);
        open("lists");
        click(By.id("need-rate-" + need));
        click(By.id("rate-confirm"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("rate-confirm")));
        assertThat(needState(need)).isEqualTo("RATED");
        assertThat(jdbc.queryForObject("select rating from pairing_need where id = ?", String.class, need))
                .isEqualTo("SATISFIED");

        // 护理's service record counts the need: received, claimed, closed and rated satisfied.
        ServiceRecord after = record(nursing, year);
        assertThat(after.received()).isEqualTo(before.received() + 1);
        assertThat(after.claimed()).isEqualTo(before.claimed() + 1);
        assertThat(after.closed()).isEqualTo(before.closed() + 1);
        assertThat(after.rated()).isEqualTo(before.rated() + 1);
        assertThat(after.satisfied()).isEqualTo(before.satisfied() + 1);
        signIn(SECRETARY_F03);
        open("branches/" + nursing);
        WebElement section = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("service-record")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", section);
        String shown = section.getText();
        assertThat(shown).contains(String.valueOf(after.closed())).contains(String.valueOf(after.received()));
        screenshot("need-journey-service-record");
    }

    /**
     * Sets a date-time picker as a user's pick would: the property, then the change event the field listens to
     * (typing into its two halves depends on the browser's locale).
     */
    private void setPicker(String id, LocalDateTime value) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const p = document.getElementById(arguments[0]); p.value = arguments[1];"
                                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        id,
                        value.toString());
        waitForVaadin();
    }

    private String needState(long need) {
        return jdbc.queryForObject("select status from pairing_need where id = ?", String.class, need);
    }

    private ServiceRecord record(long branch, int year) {
        return SignedIn.as(users, Demo.ADMIN, () -> serviceRecords.of(branch, year))
                .orElseThrow();
    }

    /** A login for a full member of 护理党支部 who has none yet (the demo gives member logins to two branches). */
    private String nurseAccount(long branch) {
        long member = jdbc.queryForObject("""
                select min(m.id) from party_member m where m.branch_id = ? and m.status = 'FULL'
                and not exists (select 1 from user_account u where u.member_id = m.id)""", Long.class, branch);
        String name = jdbc.queryForObject("select name from party_member where id = ?", String.class, member);
        String hash = jdbc.queryForObject(
                "select password_hash from user_account where username = ?", String.class, Demo.MEMBER_C08);
        String username = "nurse" + System.nanoTime() % 100000;
        SignedIn.run(
                users, Demo.ADMIN, () -> accounts.createWithHash(username, hash, Roles.MEMBER, name, member, branch));
        return username;
    }
}
