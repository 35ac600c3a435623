package cn.dangjian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator closes a gap in the matrix: from the suggestion for 心胸外科 (C07) creates a
 * pairing with an agreement and two goals and activates it; the ward's secretary records evidence;
 * the pairing turns alive and the matrix no longer shows the gap.
 */
class PairingJourneyTest extends BrowserTestBase {

    private WebElement byId(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    }

    /** Scrolls the element to the middle first: a sticky bar or a notification must not swallow the click. */
    private void click(String id) {
        WebElement e = byId(id);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        try {
            e.click();
        } catch (ElementClickInterceptedException covered) {
            js.executeScript("arguments[0].click();", e);
        }
        waitForVaadin();
    }

    private void type(String fieldId, String text) {
        WebElement input =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text, Keys.TAB);
        waitForVaadin();
    }

    private String attr(String id, String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getAttribute(name);
    }

    @Test
    void admin_pairs_a_gap_secretary_records_evidence_and_health_and_matrix_change() {
        signIn(Demo.ADMIN);
        open("pairing-matrix");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("gap-C07")));
        assertThat(driver.findElements(By.id("gap-C07"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("[id^='cell-C07-']"))).isEmpty();
        click("suggest-C07");
        click("suggestion-create-0");
        type("pairing-title", "心胸外科服务型共建协议");
        click("add-goal");
        click("add-goal");
        type("goal-target-0", "每季度联合主题党日");
        type("goal-target-1", "缩短术后转科等待时间");
        screenshot("pairing-01-form");
        click("pairing-save");
        wait.until(ExpectedConditions.urlMatches(".*/pairings/\\d+$"));
        String pairingPath = driver.getCurrentUrl().replaceAll("^.*/(pairings/\\d+)$", "$1");
        assertThat(attr("pairing-status", "data-status")).isEqualTo("DRAFT");
        click("pairing-activate");
        wait.until(d -> "ACTIVE".equals(d.findElement(By.id("pairing-status")).getAttribute("data-status")));
        assertThat(attr("pairing-health", "data-health")).isEqualTo("SLOWING");
        screenshot("pairing-02-active");

        signIn("sec-c07");
        open(pairingPath);
        for (String what : new String[] {"联合主题党日：手术安全", "术后转科流程梳理会"}) {
            click("record-evidence");
            type("evidence-title", what);
            click("evidence-save");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("evidence-save")));
        }
        wait.until(d -> "ALIVE".equals(d.findElement(By.id("pairing-health")).getAttribute("data-health")));
        assertThat(driver.findElement(By.id("evidence-timeline")).getText()).contains("术后转科流程梳理会");
        screenshot("pairing-03-alive");

        signIn(Demo.ADMIN);
        open("pairing-matrix");
        assertThat(driver.findElements(By.id("gap-C07"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[id^='cell-C07-']"))).hasSize(1);
        screenshot("pairing-04-matrix");
    }
}
