package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import mskplanner.testing.Cli;
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
    void the_verdict_and_the_downloads_are_what_the_cli_writes_for_the_same_files() {
        Cli cli = new Cli();
        cli.run("rightsize", "--metrics-file", exports.resolve("metrics.json").toString(),
                "--cluster-file", exports.resolve("cluster.json").toString(), "--format", "md");
        String markdown = cli.out();

        uploadExports();

        // the CLI writes "**Verdict (kind):** sentence" as the third line of its report
        String cliVerdict = markdown.lines().skip(2).findFirst().orElseThrow().replaceFirst("^\\*\\*Verdict \\([^)]*\\):\\*\\* ", "");
        assertThat(text("#verdict .headline")).isEqualTo(cliVerdict);
        WebElement download = find("a.download[data-format=md]");
        assertThat(download.getAttribute("download")).isEqualTo("rightsize-orders.md");
        String href = download.getAttribute("href");
        String saved = new String(Base64.getDecoder().decode(href.substring(href.indexOf(",") + 1)), StandardCharsets.UTF_8);
        assertThat(saved).isEqualTo(markdown);
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
