package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mskplanner.testing.AwsStub;
import mskplanner.testing.AwsStub.StubCluster;
import mskplanner.testing.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The HTML fleet report, opened from disk: a cluster's name opens its full single report, charts drawn. */
class FleetReportBrowserTest extends BrowserTest {
    private static Path dir;
    private static Path file;

    @BeforeAll
    static void writeTheFleetReport() throws Exception {
        dir = Files.createTempDirectory("msk-planner-fleet");
        file = dir.resolve("fleet.html");
        try (AwsStub stub = AwsStub.start(); AutoCloseable credentials = AwsStub.testCredentials()) {
            stub.withClusters(StubCluster.provisioned("payments", "kafka.m7g.large", 3), StubCluster.serverless("events"));
            Cli cli = new Cli();
            int exit = cli.run("rightsize", "--all-clusters", "--region", "us-east-1", "--days", "1", "--quiet",
                    "--endpoint-url", stub.endpoint().toString(), "--out", file.toString());
            assertThat(exit).as(cli.err()).isZero();
        }
    }

    @AfterAll
    static void removeTheFleetReport() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Test
    void clicking_a_clusters_name_opens_its_full_report_with_its_charts() {
        driver.get(file.toUri().toString());
        assertThat(findAll("details iframe")).isEmpty();
        find("a[href='#cluster-1']").click();
        waitFor(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector("details#cluster-1 iframe")));
        try {
            assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText())
                    .isEqualTo("Right-sizing report: payments");
            waitFor(d -> Boolean.TRUE.equals(js("return typeof Chart !== 'undefined' && document.querySelectorAll('canvas').length > 0"
                    + " && Array.from(document.querySelectorAll('canvas')).every(c => Chart.getChart(c) !== undefined);")));
        } finally {
            driver.switchTo().defaultContent();
        }
        assertThat(consoleErrors()).isEmpty();
    }
}
