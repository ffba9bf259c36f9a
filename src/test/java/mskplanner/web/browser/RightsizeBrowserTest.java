package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mskplanner.testing.Exports;
import mskplanner.web.MetricsExports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class RightsizeBrowserTest extends BrowserTest {
    private static Path exports;

    @BeforeAll
    static void writeExports() throws IOException {
        exports = Files.createTempDirectory("msk-planner-exports");
        Files.writeString(exports.resolve("metrics.json"),
                MetricsExports.days(Instant.parse("2026-11-16T00:00:00Z"), 8, 3600, "1", "2", "3"));
        Files.writeString(exports.resolve("cluster.json"), Exports.cluster("us-east-1", "kafka.m7g.large", 3));
    }

    @AfterAll
    static void removeExports() throws IOException {
        if (exports != null) {
            Files.deleteIfExists(exports.resolve("metrics.json"));
            Files.deleteIfExists(exports.resolve("cluster.json"));
            Files.deleteIfExists(exports);
        }
    }

    private static void uploadExports() {
        open("/rightsize");
        find("#metricsFile").sendKeys(exports.resolve("metrics.json").toString());
        find("#clusterFile").sendKeys(exports.resolve("cluster.json").toString());
        find("form.upload button[type=submit]").click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
    }

    @Test
    void uploading_the_exports_shows_the_verdict_and_draws_the_trends() {
        consoleErrors();

        uploadExports();

        assertThat(text("#verdict .headline")).isNotEmpty();
        WebElement trend = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-0[data-drawn]")));
        assertThat(PlanBrowserTest.paintedAlpha(trend)).isPositive();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void the_report_passes_the_accessibility_checks() {
        uploadExports();

        assertThat(violations()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        try (InputStream in = RightsizeBrowserTest.class.getResourceAsStream("/a11y/check.js")) {
            return (List<String>) js(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
