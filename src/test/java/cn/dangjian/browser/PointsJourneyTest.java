package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A secretary submits a batch for the whole branch, the administrator approves it, the leaderboard moves, and the
 * leaderboard's export downloads with the new score.
 */
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
        int after = ownScore();
        assertThat(after).isBetween(before + 10, before + 13);
        screenshot("points-leaderboard-after");
        downloadedLeaderboardShows(after);
    }

    /**
     * The leaderboard's 导出, downloaded by the browser in the secretary's session (the anchor's own address,
     * fetched by the page) and read back with POI: the branch's board with the new score, numbers as numbers.
     */
    private void downloadedLeaderboardShows(int ownScore) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-grid-export")));
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#board-grid-export').href, {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer())
                    .then(b => {
                        let s = '';
                        new Uint8Array(b).forEach(x => s += String.fromCharCode(x));
                        done(btoa(s));
                    })
                    .catch(e => done('ERROR ' + e));""");
        assertThat(result).asString().doesNotStartWith("ERROR");
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode((String) result)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
            int rows = sheet.getLastRowNum();
            assertThat(rows)
                    .isEqualTo(((Number) ((JavascriptExecutor) driver)
                                    .executeScript("return document.querySelector('#board-grid').size"))
                            .intValue());
            List<Double> scores = new ArrayList<>();
            for (int r = 1; r <= rows; r++) {
                Cell score = sheet.getRow(r).getCell(3);
                assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
                scores.add(score.getNumericCellValue());
            }
            assertThat(scores).contains((double) ownScore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
