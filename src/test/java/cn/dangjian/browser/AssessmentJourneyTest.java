package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator starts a campaign (two years back, as the demo already runs this year's), the secretary of
 * 妇产科 sees the automatic scores, follows one to its records, scores the manual items and submits; the
 * administrator adjusts an automatic score with a reason and publishes; the branch page shows the grade.
 */
class AssessmentJourneyTest extends BrowserTestBase {

    private static final List<String> MANUAL = List.of("班子履职与自身建设", "制度建设与工作台账", "群众满意度与服务成效");

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private void click(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", e);
        waitForVaadin();
    }

    private void click(String css) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))));
    }

    private void clickCell(String gridId, String text) {
        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-grid[@id='" + gridId + "']//vaadin-grid-cell-content[contains(., '" + text + "')]")));
        click(cell);
    }

    private void type(String css, String value) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        waitForVaadin();
    }

    private void score(String value, String text) {
        type("#score-value input", value);
        type("#score-text textarea", text);
        click("#score-save");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("score-save")));
    }

    @Test
    void campaign_from_start_to_published_grade() {
        int year = LocalDate.now(clock).getYear() - 2;
        long branch = jdbc.queryForObject("select id from party_branch where code = 'C08'", Long.class);

        signIn(Demo.ADMIN);
        open("assessment?year=" + year);
        click("#campaign-start");
        clickCell("sheets-grid", "妇产科党支部");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet-grid")));

        signIn(Demo.SECRETARY_C08);
        open("assessment?year=" + year);
        clickCell("sheets-grid", "妇产科党支部");
        WebElement evidence = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sheet-grid a.evidence-link[href^='calendar/compliance/']")));
        String sheetUrl = driver.getCurrentUrl();
        screenshot("assessment-sheet-secretary");
        click(evidence);
        wait.until(ExpectedConditions.urlContains("calendar/compliance/" + branch));
        driver.get(sheetUrl);
        waitForVaadin();
        for (String item : MANUAL) {
            clickCell("sheet-grid", item);
            score("7", "对照年度计划落实，台账齐全");
        }
        click("#sheet-submit");
        click("#confirm-button");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sheet-submit")));
        assertThat(driver.findElement(By.id("sheet-summary")).getText()).contains("已提交");

        signIn(Demo.ADMIN);
        driver.get(sheetUrl);
        waitForVaadin();
        clickCell("sheet-grid", "书记为“双带头人”");
        score("3", "核实后调整：书记任职不足一年");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid[@id='sheet-grid']//vaadin-grid-cell-content[contains(., '党办调整为 3')]")));
        screenshot("assessment-sheet-reviewed");
        open("assessment?year=" + year);
        click("#campaign-publish");
        click("#confirm-button");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign-status"), "公示中"));

        signIn(Demo.SECRETARY_C08);
        open("branches/" + branch);
        WebElement grade = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("branch-assessment-" + year)));
        assertThat(grade.getText()).contains("★").contains("公示中");
        screenshot("assessment-branch-grade");
    }
}
