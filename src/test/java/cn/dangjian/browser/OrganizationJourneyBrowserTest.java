package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A secretary edits a member of their own branch; another branch's secretary cannot see that member. */
class OrganizationJourneyBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void secretary_edits_own_member_and_other_secretary_cannot_see_them() {
        Map<String, Object> target = jdbc.queryForMap("""
                select m.staff_number, m.name, b.id as branch_id from party_member m join party_branch b on b.id = m.branch_id
                where b.code = 'C08' order by m.id desc limit 1""");
        String staffNumber = (String) target.get("staff_number");
        String name = (String) target.get("name");
        String newTitle = "副主任医师（浏览器测试）";

        driver.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        String anonymousSession = driver.manage().getCookieNamed("JSESSIONID").getValue();
        signIn(Demo.SECRETARY_C08);
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id at sign-in")
                .isNotEqualTo(anonymousSession);
        open("branches/" + target.get("branch_id"));
        assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo("妇产科党支部");
        open("members");
        WebElement filter =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#filter-text input")));
        filter.sendKeys(staffNumber);
        filter.sendKeys(Keys.TAB);
        waitForVaadin();
        WebElement cell = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + staffNumber + "']")));
        cell.click();
        WebElement title =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#member-title input")));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), newTitle);
        driver.findElement(By.id("member-save")).click();
        waitForVaadin();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + newTitle + "']")));
        screenshot("organization-secretary-edited-member");
        assertThat(jdbc.queryForObject(
                        "select title from party_member where staff_number = ?", String.class, staffNumber))
                .isEqualTo(newTitle);

        signIn(Demo.SECRETARY_C11);
        open("members");
        WebElement otherFilter =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#filter-text input")));
        otherFilter.sendKeys(staffNumber);
        otherFilter.sendKeys(Keys.TAB);
        waitForVaadin();
        assertThat(driver.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']")))
                .isEmpty();
        open("branches/" + target.get("branch_id"));
        assertThat(driver.getPageSource()).doesNotContain(name).doesNotContain(newTitle);
        screenshot("organization-other-secretary-denied");
    }
}
