package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end tests: the real server on a free port, driven by Debian's headless Chromium through its ChromeDriver
 * (never a browser or driver that Selenium Manager would download). One server and one browser per test class.
 */
public abstract class BrowserTest {
    /** Viewport of every test, and so of the README screenshot. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 1600;
    /** Upper bound for page scripts to finish; a wait ends as soon as its condition holds. */
    private static final Duration SCRIPT_PATIENCE = Duration.ofSeconds(20);

    /** Selenium warns that it has no CDP bindings for this Chromium; the tests use WebDriver only. Held: JUL keeps weak refs. */
    private static final java.util.logging.Logger CDP_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium");

    protected static TestServer server;
    protected static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        switch (Chromium.decide(Chromium.installed(), System.getenv("CI"))) {
            case SKIP -> Assumptions.abort(Chromium.missingMessage() + "; browser tests skipped (they run where CI=true)");
            case FAIL -> fail(Chromium.missingMessage() + "; CI=true requires the browser tests to run");
            case RUN -> { }
        }
        server = TestServer.start();
        profile = Files.createTempDirectory("msk-planner-chromium");
        System.setProperty("webdriver.chrome.driver", Chromium.DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Chromium.DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options(profile));
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
        // Console messages, CSP violations among them, for consoleErrors().
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return options;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    @AfterAll
    static void stopServerAndBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            profile = null;
        }
    }

    protected static void open(String pathAndQuery) {
        driver.get(server.url(pathAndQuery));
    }

    protected static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    protected static List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    protected static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until page scripts have made {@code condition} true; fails the test if they never do. */
    protected static <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, SCRIPT_PATIENCE).until(condition);
    }

    /** Console errors since the last call (the browser hands each entry out once). */
    protected static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Text of an element, whitespace collapsed. */
    protected static String text(String css) {
        return find(css).getText().replaceAll("\\s+", " ").trim();
    }
}
