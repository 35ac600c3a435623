package cn.dangjian.browser;

import cn.dangjian.support.Demo;
import cn.dangjian.support.IntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver. Never skipped: without the browser the test fails and says how to install it.
 */
@IntegrationTest
@Tag("browser")
public abstract class BrowserTestBase {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ". Install them with: apt-get install -y chromium chromium-driver");
        }
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void signIn(String username) {
        // Always a fresh login page in a fresh session: a login page left open by an earlier test belongs to a
        // session that may have ended, and its first request would reload the page under the typing.
        driver.manage().deleteAllCookies();
        driver.get(url("login"));
        // Type only once the login page's client is up: a first request answered after the typing began would
        // redraw the form and drop what was typed.
        waitForVaadin();
        WebElement user =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(Demo.PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        waitForVaadin();
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /** Waits until Vaadin has no pending server round trip. */
    protected void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /** Clicks once the element can take it, scrolled into view, and waits for the server's answer. */
    protected void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    protected void type(By by, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(by)).sendKeys(text);
        waitForVaadin();
    }

    /** Picks the item of a vaadin-select whose label contains {@code item}. */
    protected void choose(By select, String item) {
        click(select);
        click(By.xpath("//vaadin-select-item[contains(., '" + item + "')]"));
    }

    /**
     * The event's chip on the signed-in user's month calendar. On a busy day FullCalendar shows "+N more" and keeps
     * the other chips in the page but hidden; then the day's popover is opened and the chip taken from it.
     */
    protected WebElement eventOnCalendar(LocalDateTime start, String title) {
        open("calendar?view=dayGridMonth&date=" + start.toLocalDate());
        String chip = "//a[contains(@class,'fc-event')][.//*[contains(text(),'" + title + "')]]";
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(chip)));
        for (WebElement e : driver.findElements(By.xpath(chip))) {
            if (e.isDisplayed()) {
                return wait.until(ExpectedConditions.elementToBeClickable(e));
            }
        }
        click(By.xpath("//td[@data-date='" + start.toLocalDate() + "']//a[contains(@class,'fc-daygrid-more-link')]"));
        return wait.until(
                ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class,'fc-popover')]" + chip)));
    }

    protected void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // A missing screenshot must not hide the test's own result.
        }
    }
}
