package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan form's cluster peak beside a topic inventory (docs/examples/topics.csv): its topics' peaks add up to
 * 20.97152 + 12.582912 + 1.048576 (users: peak = average) = 34.603008 MB/s, their averages to 10.48576 + 4.194304 +
 * 1.048576 = 15.72864 MB/s.
 */
class PlanInventoryPeakPageTest {
    private static TestServer server;
    private static String inventory;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        inventory = URLEncoder.encode(Files.readString(Path.of("docs/examples/topics.csv")), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> plan(String more) throws Exception {
        // the form's own traffic inputs, as the page sends them with their example values: not used with topics
        return server.get("/plan?avgIngressMBps=100&peakIngressMBps=120&breakEven=false&topics=" + inventory + more);
    }

    @Test
    void without_a_cluster_peak_the_answer_says_the_sum_of_the_topics_peaks_was_sized() throws Exception {
        HttpResponse<String> page = plan("&clusterPeakIngressMBps=");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<p id=\"topics-peak\">Peak ingress sized: 34.603 MB/s, the sum of the topics' peaks.</p>");
    }

    @Test
    void a_cluster_peak_typed_beside_the_inventory_is_the_peak_sized_and_the_answer_says_so() throws Exception {
        HttpResponse<String> page = plan("&clusterPeakIngressMBps=25");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<p id=\"topics-peak\">Peak ingress sized: 25 MB/s, peakIngressMBps as given"
                        + " (the topics' peaks add up to 34.603 MB/s).</p>")
                .contains("id=\"clusterPeakIngressMBps\" name=\"clusterPeakIngressMBps\"\n               value=\"25\"");
        // the same plan as the API's with the cluster peak as peakIngressMBps
        String api = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.url("/api/v1/plan?select=workload.peakIngressMBps")))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"peakIngressMBps\": 25, \"breakEven\": false,"
                        + " \"topics\": [{\"name\": \"orders\", \"partitions\": 12, \"avgIngressMBps\": 10.48576}]}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(api).isEqualTo("25.0");
    }

    @Test
    void a_cluster_peak_below_the_topics_average_is_refused_beside_its_input_with_everything_kept() throws Exception {
        HttpResponse<String> page = plan("&clusterPeakIngressMBps=5");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"clusterPeakIngressMBps-error\">Cluster peak ingress: ")
                .contains("value=\"5\"")
                .contains("aria-invalid=\"true\"")
                .contains("orders,12,3,168");
    }
}
