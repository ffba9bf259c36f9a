package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import mskplanner.app.Json;
import mskplanner.testing.Cli;
import mskplanner.testing.Exports;
import mskplanner.testing.Multipart;
import mskplanner.web.page.rightsize.RightsizeController;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RightsizeApiTest {
    private static final String METRICS = MetricsExports.days(Instant.parse("2026-11-16T00:00:00Z"), 8, 3600, "1", "2", "3");
    private static final String CLUSTER = Exports.cluster("us-east-1", "kafka.m7g.large", 3);
    private static TestServer server;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        Files.writeString(dir.resolve("metrics.json"), METRICS);
        Files.writeString(dir.resolve("cluster.json"), CLUSTER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Multipart exports() {
        return new Multipart().file("metricsFile", "metrics.json", METRICS).file("clusterFile", "cluster.json", CLUSTER);
    }

    private static HttpResponse<String> post(Multipart body, String query) throws Exception {
        return body.post(URI.create(server.url("/api/v1/rightsize" + query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "md", "html"})
    void the_report_is_byte_for_byte_what_the_cli_writes_for_the_same_files(String format) throws Exception {
        Cli cli = new Cli();
        int exit = cli.run("rightsize", "--metrics-file", dir.resolve("metrics.json").toString(),
                "--cluster-file", dir.resolve("cluster.json").toString(), "--format", format);

        HttpResponse<String> api = post(exports(), "?format=" + format);

        assertThat(exit).as(cli.err()).isZero();
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).isEqualTo(cli.out());
    }

    @Test
    void without_a_format_the_answer_is_the_json_report() throws Exception {
        HttpResponse<String> api = post(exports(), "");

        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = Json.mapper().readTree(api.body());
        assertThat(json.at("/verdict/kind").asText()).isNotEmpty();
        assertThat(json.at("/source/detail").asText()).isEqualTo("metrics.json");
    }

    @Test
    void the_markdown_and_html_reports_say_what_they_are() throws Exception {
        assertThat(post(exports(), "?format=md").headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(post(exports(), "?format=html").headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    }

    @Test
    void the_settings_are_form_fields_that_reach_the_analysis() throws Exception {
        HttpResponse<String> api = post(exports().field("replicationFactor", "2").field("peakPercentile", "95"), "");

        JsonNode json = Json.mapper().readTree(api.body());
        assertThat(json.at("/assumptions/replicationFactor").asInt()).isEqualTo(2);
        assertThat(json.at("/assumptions/peakPercentile").asDouble()).isEqualTo(95);
    }

    @Test
    void a_missing_metrics_file_is_a_problem_naming_metricsFile() throws Exception {
        HttpResponse<String> api = post(new Multipart().file("clusterFile", "cluster.json", CLUSTER), "");

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(api.body()).at("/field").asText()).isEqualTo("metricsFile");
    }

    @Test
    void a_missing_cluster_file_is_a_problem_naming_clusterFile() throws Exception {
        HttpResponse<String> api = post(new Multipart().file("metricsFile", "metrics.json", METRICS), "");

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(api.body()).at("/field").asText()).isEqualTo("clusterFile");
    }

    @Test
    void a_bad_setting_is_a_problem_naming_it_and_the_accepted_values() throws Exception {
        HttpResponse<String> api = post(exports().field("replicationFactor", "4"), "");

        assertThat(api.statusCode()).isEqualTo(400);
        JsonNode problem = Json.mapper().readTree(api.body());
        assertThat(problem.at("/field").asText()).isEqualTo("replicationFactor");
        assertThat(problem.at("/value").asText()).isEqualTo("4");
    }

    @Test
    void an_unknown_format_is_a_problem_naming_the_formats() throws Exception {
        HttpResponse<String> api = post(exports(), "?format=pdf");

        assertThat(api.statusCode()).isEqualTo(400);
        JsonNode problem = Json.mapper().readTree(api.body());
        assertThat(problem.at("/field").asText()).isEqualTo("format");
        assertThat(problem.at("/allowed").asText()).isEqualTo("json, md or html");
    }

    @Test
    void a_metrics_export_without_usable_ids_is_a_problem_naming_the_place_in_the_file() throws Exception {
        HttpResponse<String> api = post(new Multipart().file("metricsFile", "m.json",
                "{\"MetricDataResults\": [{\"Id\": \"m1\", \"Timestamps\": [], \"Values\": []}]}").file("clusterFile", "c.json", CLUSTER), "");

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(api.body()).at("/field").asText()).isEqualTo("MetricDataResults[0].Id");
    }

    @Test
    void an_upload_over_the_page_cap_is_refused_with_413_before_its_body_is_sent() throws Exception {
        URI uri = URI.create(server.url("/api/v1/rightsize"));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("POST /api/v1/rightsize HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (RightsizeController.MAX_UPLOAD_BYTES + 1)
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("larger than " + RightsizeController.MAX_UPLOAD_BYTES + " bytes");
        }
    }
}
