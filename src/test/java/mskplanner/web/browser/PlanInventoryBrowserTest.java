package mskplanner.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The plan form with a topic inventory: pasted, uploaded, or wrong. The inventory is docs/examples' three topics. */
class PlanInventoryBrowserTest extends BrowserTest {
    private static final Path CSV = Path.of("docs/examples/topics.csv");
    private static final Path DESCRIBE = Path.of("docs/examples/kafka-topics-describe.txt");

    private static List<String> column(int index) {
        return findAll("#topics-table tbody tr").stream()
                .map(r -> r.findElements(By.cssSelector("th, td")).get(index).getText()).toList();
    }

    @Test
    void a_pasted_inventory_shows_storage_per_topic_and_the_advice() throws Exception {
        open("/plan");
        find("#topics").sendKeys(Files.readString(CSV));

        find("form.plan-form button[type=submit]").click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("topics-table")));
        assertThat(column(0)).containsExactly("orders", "clicks", "users");
        // orders 10 MiB/s x 168 h x 3600 / 1024 = 5,906.25 GiB x RF 3 x headroom 2; clicks 675 x 6; users 50 x 6
        assertThat(column(5)).containsExactly("35,437.5", "4,050", "300");
        assertThat(text("#topics-peak")).isEqualTo("Peak ingress sized: 34.603 MB/s, the sum of the topics' peaks.");
        assertThat(text("#topic-advice li")).startsWith("orders: keep 24 h on broker storage instead of 168 h")
                .contains("kafka-configs.sh --bootstrap-server BOOTSTRAP-BROKERS-REPLACE-ME --alter --entity-type topics"
                        + " --entity-name orders --add-config remote.storage.enable=true,local.retention.ms=86400000");
        assertThat(find("#topics").getAttribute("value")).isEqualTo(Files.readString(CSV));
    }

    @Test
    void a_cluster_peak_typed_beside_the_inventory_is_sized_and_named_in_the_answer() throws Exception {
        open("/plan");
        find("#topics").sendKeys(Files.readString(CSV));
        find("#clusterPeakIngressMBps").sendKeys("25");

        find("form.plan-form button[type=submit]").click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("topics-table")));
        // the topics' peaks: 20.97152 + 12.582912 + 1.048576 = 34.603008 MB/s
        assertThat(text("#topics-peak")).isEqualTo("Peak ingress sized: 25 MB/s, peakIngressMBps as given (the topics'"
                + " peaks add up to 34.603 MB/s).");
        assertThat(find("#clusterPeakIngressMBps").getAttribute("value")).isEqualTo("25");
    }

    @Test
    void an_uploaded_kafka_topics_describe_output_with_pasted_throughput_plans_the_same_topics() throws Exception {
        open("/plan");
        find("#topicsFile").sendKeys(DESCRIBE.toAbsolutePath().toString());
        find("#topicThroughput").sendKeys(Files.readString(Path.of("docs/examples/topic-throughput.csv")));

        find("#plan-upload").click();

        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("topics-table")));
        assertThat(column(0)).containsExactly("orders", "clicks", "users");
        assertThat(column(5)).containsExactly("35,437.5", "4,050", "300");
        // the file's text is kept in the textarea, so the next submit needs no new upload
        assertThat(find("#topics").getAttribute("value")).startsWith("Topic: orders");
    }

    @Test
    void a_bad_row_shows_its_topic_and_field_beside_the_inventory_and_keeps_what_was_typed() {
        open("/plan");
        String bad = "name,partitions,avgIngressMBps,retentionHours\norders,12,5,-1\n";
        find("#topics").sendKeys(bad);
        replace("retentionHours", "72");

        find("form.plan-form button[type=submit]").click();

        WebElement error = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("topics-error")));
        assertThat(error.getText()).isEqualTo("Topic inventory: topics[orders].retentionHours = -1 is not allowed:"
                + " a number > 0 and <= 876000");
        assertThat(find("#topics").getAttribute("aria-describedby")).contains("topics-error");
        assertThat(find("#topics").getAttribute("value")).isEqualTo(bad);
        assertThat(find("#retentionHours").getAttribute("value")).isEqualTo("72");
        assertThat(findAll("#results")).isEmpty();
    }

    private static void replace(String input, String value) {
        WebElement field = find("#" + input);
        field.clear();
        field.sendKeys(value);
    }
}
