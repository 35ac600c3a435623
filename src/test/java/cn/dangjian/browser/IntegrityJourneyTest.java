package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a hurried or curious user tries in the browser: Enter inside a date picker, a double click on save,
 * another branch's record in the address bar, a malformed address.
 */
class IntegrityJourneyTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void enter_in_a_date_picker_does_not_save_and_a_double_click_creates_one_event() {
        signIn(Demo.SECRETARY_C08);
        open("calendar?view=listMonth");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("event-new"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-dialog")));
        String title = "双击测试" + System.nanoTime() % 100000;

        wait.until(ExpectedConditions.elementToBeClickable(By.id("event-type"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select-item")))
                .click();
        WebElement titleInput = driver.findElement(By.cssSelector("#event-title input"));
        titleInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), title);

        // Enter after typing in the start date: the dialog stays open and nothing is stored.
        WebElement startDate = driver.findElement(By.cssSelector("#event-start input"));
        startDate.click();
        startDate.sendKeys(Keys.ENTER);
        waitForVaadin();
        assertThat(driver.findElements(By.id("event-dialog"))).isNotEmpty();
        assertThat(count(title)).isZero();

        new Actions(driver).doubleClick(driver.findElement(By.id("event-save"))).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("event-dialog")));
        waitForVaadin();
        screenshot("integrity-after-double-click");
        assertThat(count(title)).isEqualTo(1);
    }

    @Test
    void another_branch_record_and_a_malformed_address_show_the_same_not_found_page() {
        long otherBranchMember = jdbc.queryForObject("""
                select m.id from party_member m join party_branch b on b.id = m.branch_id
                where b.code = 'C11' order by m.id limit 1""", Long.class);
        signIn(Demo.SECRETARY_C08);

        open("points/member/" + otherBranchMember);
        String foreign = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-title")))
                .getText();
        String foreignBody = driver.findElement(By.tagName("body")).getText();
        screenshot("integrity-not-found");

        open("points/member/abc");
        String malformed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-title")))
                .getText();

        assertThat(foreign).isEqualTo("页面不存在").isEqualTo(malformed);
        assertThat(foreignBody).doesNotContain("Exception", "NotFound", "points/leaderboard");
    }

    private int count(String title) {
        return jdbc.queryForObject("select count(*) from cal_event where title = ?", Integer.class, title);
    }
}
