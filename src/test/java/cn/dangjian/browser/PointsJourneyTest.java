package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A secretary submits a batch for the whole branch, the administrator approves it, the leaderboard moves. */
class PointsJourneyTest extends BrowserTestBase {

    private int ownScore() {
        open("points/leaderboard");
        WebElement own = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("own-rank")));
        Matcher m = Pattern.compile("· (\\d+)").matcher(own.getText());
        assertThat(m.find()).as(own.getText()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private void click(String css) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", e);
        waitForVaadin();
    }

    @Test
    void secretary_batch_approved_by_admin_moves_the_leaderboard() {
        signIn(Demo.SECRETARY_C08);
        int before = ownScore();

        open("points/branch");
        click("#branch-members-grid #selectAllCheckbox");
        click("#submit-open");
        WebElement rule = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#submit-rule input")));
        rule.click();
        rule.sendKeys("获得表彰");
        waitForVaadin();
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-combo-box-item[contains(., '获得表彰')]")));
        item.click();
        waitForVaadin();
        WebElement points = driver.findElement(By.cssSelector("#submit-points input"));
        points.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10", Keys.TAB);
        waitForVaadin();
        screenshot("points-submit");
        click("#submit-send");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("submit-send")));

        signIn(Demo.ADMIN);
        open("points/approvals");
        click("#select-all-button");
        click("#approve-button");
        screenshot("points-approved");
        wait.until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.querySelector('#approval-grid').size")
                .toString()
                .equals("0"));

        signIn(Demo.SECRETARY_C08);
        // +10 from this batch; the queue also held the demo's pending submissions, which may include the secretary.
        assertThat(ownScore()).isBetween(before + 10, before + 13);
        screenshot("points-leaderboard-after");
    }
}
