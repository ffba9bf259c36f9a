package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import mskplanner.testing.Exports;
import mskplanner.web.MetricsExports;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RightsizePageTest {
    private static final String BOUNDARY = "----msk-planner-test";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void GET_rightsize_shows_an_upload_form_for_the_aws_cli_exports() throws Exception {
        HttpResponse<String> page = server.get("/rightsize");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"")
                .contains("<label for=\"metricsFile\">").contains("<label for=\"clusterFile\">")
                .contains("makes no AWS calls");
    }

    @Test
    void an_upload_without_files_names_each_missing_file_beside_its_input() throws Exception {
        HttpResponse<String> page = post(Map.of());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"metricsFile-error\">Choose the JSON that aws cloudwatch get-metric-data printed.")
                .contains("id=\"clusterFile-error\">")
                .contains("aria-describedby=\"metricsFile-help metricsFile-error\" aria-invalid=\"true\"");
    }

    @Test
    void an_upload_over_the_limit_is_refused_with_413_before_its_body_is_sent() throws Exception {
        // Expect: 100-continue, as curl sends for large uploads: the server answers from the headers alone
        URI uri = URI.create(server.url("/rightsize"));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("POST /rightsize HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + 21L * 1024 * 1024
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 413").contains("larger than 20 MB");
        }
    }

    @Test
    void an_over_provisioned_cluster_shows_how_to_apply_the_change() throws Exception {
        HttpResponse<String> page = post(Map.of("metricsFile", Exports.threeBrokersOneHour("1", "2", "3", "4", "5", "6"),
                "clusterFile", Exports.cluster("us-east-1", "kafka.m7g.large", 6)
                        .replace("\"State\"", "\"CurrentVersion\": \"K3AEGXETSR30VB\", \"State\"")));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<h3 id=\"apply-title\">How to apply</h3>")
                .contains("aws kafka update-broker-count --cluster-arn arn:aws:kafka:us-east-1:123456789012:cluster/orders/7c2f-1"
                        + " --current-version ")
                .contains("--current-version K3AEGXETSR30VB ")
                .contains("<li>Before removing brokers, move every partition off the brokers to remove")
                .contains("+  number_of_broker_nodes = 3");
    }

    @Test
    void uploaded_exports_are_analysed_into_a_verdict_with_its_evidence() throws Exception {
        HttpResponse<String> page = post(Map.of("metricsFile", Exports.threeBrokersOneHour("1", "2", "3"),
                "clusterFile", Exports.cluster("us-east-1", "kafka.m7g.large", 3)));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<div class=\"verdict verdict-").contains("<p class=\"headline\">")
                .contains("CPU p95, hottest broker")
                .contains("<dt>Brokers</dt>\n            <dd>3 \u00D7 kafka.m7g.large over 3 AZs</dd>")
                .contains("Prices: <strong>us-east-1</strong>")
                .doesNotContain("field-error");
    }

    @Test
    void the_page_names_a_cheaper_shape_of_another_family_beside_the_target() throws Exception {
        // 3 x kafka.m5.xlarge at 121 MB/s: the target stays m5, kafka.m7g carries the load for less
        HttpResponse<String> page = post(Map.of("metricsFile", Exports.steadyHour(121_000_000 / 3.0, 40, "1", "2", "3"),
                "clusterFile", Exports.cluster("us-east-1", "kafka.m5.xlarge", 3)));

        assertThat(page.body()).contains("verdict-under-provisioned").contains("Cheaper in another family: ")
                .contains("Cheaper in another family, ");
    }

    @Test
    void a_broker_without_data_shows_an_undecided_verdict() throws Exception {
        HttpResponse<String> page = post(Map.of("metricsFile", Exports.threeBrokersOneHour("1", "2"),
                "clusterFile", Exports.cluster("us-east-1", "kafka.m7g.large", 3)));

        assertThat(page.body()).contains("<div class=\"verdict verdict-undecided\"").contains("Undecided: Broker 3 reported no data");
    }

    @Test
    void a_rejected_setting_is_reported_beside_it_with_the_typed_settings_kept() throws Exception {
        HttpResponse<String> page = post(Map.of("metricsFile", Exports.threeBrokersOneHour("1", "2", "3"),
                "clusterFile", Exports.cluster("us-east-1", "kafka.m7g.large", 3)), Map.of("replicationFactor", "4", "peakPercentile", "95"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"replicationFactor-error\">\u201C4\u201D is not allowed: expected 1, 2 or 3.")
                .contains("name=\"replicationFactor\" value=\"4\"")
                .contains("name=\"peakPercentile\" value=\"95\"");
    }

    @Test
    void the_settings_reach_the_analysis() throws Exception {
        HttpResponse<String> page = post(Map.of("metricsFile", Exports.threeBrokersOneHour("1", "2", "3"),
                "clusterFile", Exports.cluster("us-east-1", "kafka.m7g.large", 3)), Map.of("replicationFactor", "2", "peakPercentile", "95"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<code>peakPercentile</code></th><td class=\"num\">95</td>")
                .contains("<code>replicationFactor</code></th><td class=\"num\">2</td>");
    }

    @Test
    void an_export_of_several_megabytes_is_read() throws Exception {
        // eight days at two minutes: larger than the 1 MB limit of JSON requests, as real exports are
        String metrics = MetricsExports.days(Instant.parse("2026-11-16T00:00:00Z"), 8, 120, "1", "2", "3");
        assertThat(metrics.length()).isGreaterThan(3_000_000);

        HttpResponse<String> page = post(Map.of("metricsFile", metrics, "clusterFile", Exports.cluster("us-east-1", "kafka.m7g.large", 3)));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"verdict\"").contains("<canvas id=\"trend-0\"");
    }

    @Test
    void a_metrics_export_the_analysis_cannot_read_is_reported_beside_its_input() throws Exception {
        HttpResponse<String> page = post(Map.of("metricsFile", "{\"MetricDataResults\": [{\"Id\": \"m1\", \"Timestamps\": [], \"Values\": []}]}",
                "clusterFile", Exports.cluster("us-east-1", "kafka.m7g.large", 3)));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<p class=\"field-error\" id=\"metricsFile-error\">MetricDataResults[0].Id = m1 is not allowed: "
                + "an id that names metric and broker");
    }

    @Test
    void a_cluster_description_that_is_not_one_is_reported_beside_its_input() throws Exception {
        HttpResponse<String> page = post(Map.of("metricsFile", Exports.threeBrokersOneHour("1"), "clusterFile", "{\"Clusters\": []}"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"clusterFile-error\">ClusterInfo = missing is not allowed: the JSON printed by aws kafka describe-cluster-v2");
    }

    private static HttpResponse<String> post(Map<String, String> files) throws Exception {
        return post(files, Map.of());
    }

    private static HttpResponse<String> post(Map<String, String> files, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        files.forEach((name, content) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                .append(".json\"\r\nContent-Type: application/json\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(BOUNDARY).append("--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/rightsize")))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
