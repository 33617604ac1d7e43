package com.greencert.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by Selenium through Debian's chromedriver, a fresh profile each time. */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;
    final WebDriverWait wait;

    Browser(Path profiles) throws IOException {
        Path profile = Files.createTempDirectory(Files.createDirectories(profiles), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1366,900", "--lang=en-US",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    WebDriver open(String url) {
        driver.get(url);
        return driver;
    }

    WebElement await(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            dump(by.toString());
            throw e;
        }
    }

    /**
     * Waits for a condition, through elements Vaadin re-rendered meanwhile; on a timeout, keeps what the browser
     * showed (see {@link #dump}).
     */
    <T> T until(String what, java.util.function.Function<WebDriver, T> condition) {
        try {
            return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            dump(what);
            throw e;
        }
    }

    /** Keeps what the browser showed when an expectation failed, next to the test logs. */
    void dump(String what) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "it", "browser-failures"));
            String name = System.currentTimeMillis() + "-" + what.replaceAll("[^A-Za-z0-9-]", "_");
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            Files.write(dir.resolve(name + ".console.txt"), driver.manage().logs().get(LogType.BROWSER).getAll()
                    .stream().map(LogEntry::toString).toList());
            Files.writeString(dir.resolve(name + ".grids.txt"), String.valueOf(driver.executeScript(
                    "return Array.from(document.querySelectorAll('vaadin-grid')).map(g => g.id + ' size=' + g.size"
                    + " + ' loading=' + g.loading + ' rows=' + g.querySelectorAll('vaadin-grid-cell-content').length)"
                    + ".join('\\n')")));
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    /**
     * A real click (it blurs the previous field, so Vaadin sees its value), on the element scrolled to the
     * middle of the window; retried while something (an overlay closing, a notification) is in the way.
     */
    void click(By by) {
        try {
            clickOnce(by);
        } catch (org.openqa.selenium.TimeoutException e) {
            dump("click " + by);
            throw e;
        }
    }

    private void clickOnce(By by) {
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /**
     * Chooses a file in a vaadin-upload as a person would: its hidden file input is shown for Selenium to type the
     * path into, and hidden again, so screenshots show only the upload's own button.
     */
    void chooseFile(String uploadId, Path file) {
        WebElement input = (WebElement) driver.executeScript("""
                const upload = document.getElementById(arguments[0]);
                const input = (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'))
                    || upload.querySelector('input[type=file]');
                input.hidden = false;
                input.style.display = 'block';
                return input;""", uploadId);
        input.sendKeys(file.toAbsolutePath().toString());
        driver.executeScript("arguments[0].hidden = true; arguments[0].style.display = 'none';", input);
    }

    /**
     * The texts of every grid cell on the page, stripped; none while Vaadin redraws the grid or the page reloads
     * (Chromium then says "stale element", or "node does not belong to the document" for one found a moment before).
     */
    static List<String> cells(WebDriver d) {
        try {
            return d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                    .map(String::strip).toList();
        } catch (org.openqa.selenium.WebDriverException redrawn) {
            return List.of();
        }
    }

    /** Clicks the grid cell whose text is exactly this (selects its row), and waits for the server. */
    void clickCell(String text) {
        until("cell " + text, d -> {
            for (WebElement cell : d.findElements(By.cssSelector("vaadin-grid-cell-content"))) {
                if (cell.getText().strip().equals(text)) {
                    cell.click();
                    return true;
                }
            }
            return false;
        });
        settle();
    }

    /** Types into a combo box (replacing what it held), waits for the entry with the label, and picks it. */
    void choose(String id, String typed, String label) {
        By field = By.cssSelector("#" + id + " input");
        click(field); // scrolled into view first: forms often sit below grids
        WebElement input = await(field);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), typed);
        until("option " + label, d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().contains(label)));
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        until("chosen " + label, d -> input.getDomProperty("value").contains(label));
        settle();
    }

    /** Keycloak's login page; with organizations enabled it may ask for the user name and password on two pages. */
    /**
     * Waits until Vaadin's client has no request to the server under way (what TestBench's waitForVaadin does),
     * so that a value just chosen in a field has reached the server before the next click.
     */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const f = window.Vaadin && window.Vaadin.Flow; if (!f || !f.clients) { return true; }"
                + " return Object.values(f.clients).every(c => !c.isActive || !c.isActive());")));
    }

    void signInAtKeycloak(String username, String password) {
        await(By.id("username")).sendKeys(username);
        if (driver.findElements(By.id("password")).isEmpty()) {
            click(By.id("kc-login"));
        }
        await(By.id("password")).sendKeys(password);
        click(By.id("kc-login"));
    }

    /** Saves what the window shows; a Chinese page ({@code …-zh.png}) must show no untranslated text. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        if (file.getFileName().toString().endsWith("-zh.png")) {
            String text = String.valueOf(driver.executeScript("return document.body.innerText"));
            List<String> untranslated = UntranslatedText.in(text);
            if (!untranslated.isEmpty()) {
                dump("untranslated");
                throw new AssertionError("Untranslated text on the Chinese page " + driver.getCurrentUrl() + " ("
                        + file.getFileName() + "): " + untranslated);
            }
        }
    }

    /**
     * The portal's pages must run under their Content-Security-Policy without a single violation (Keycloak's
     * own pages, under {@code /realms/}, have their own policy): checked whenever a test closes its browser.
     */
    @Override
    public void close() {
        List<String> violations;
        try {
            violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") && !m.contains("/realms/")).toList();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations: " + violations);
        }
    }
}
