package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    void an_upload_over_the_limit_is_refused_with_413() throws Exception {
        HttpResponse<String> page = post(Map.of("metricsFile", "x".repeat(21 * 1024 * 1024), "clusterFile", "{}"));

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("larger than 20 MB");
    }

    @Test
    void an_upload_of_several_megabytes_is_received() throws Exception {
        // larger than the 1 MB limit of JSON requests: two weeks of metrics are
        String metrics = "{\"MetricDataResults\":[]," + " ".repeat(3 * 1024 * 1024) + "\"Messages\":[]}";

        HttpResponse<String> page = post(Map.of("metricsFile", metrics, "clusterFile", "{\"ClusterInfo\":{}}"));


        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"notice\"").doesNotContain("field-error");
    }

    private static HttpResponse<String> post(Map<String, String> files) throws Exception {
        StringBuilder body = new StringBuilder();
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
