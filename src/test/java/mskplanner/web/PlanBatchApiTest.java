package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import mskplanner.testing.Requests;
import mskplanner.web.api.PlanBatchApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanBatchApiTest {
    private static final String CSV = "avgIngressMBps,peakIngressMBps,consumerGroups\n100,500,2\n-5,,\n10,20,1\n";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static HttpResponse<String> post(String path, byte[] body, String contentType) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postStreamed(String path, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A valid one-profile CSV padded with blank lines (which are skipped) to {@code bytes}. */
    private static byte[] csvOf(int bytes) {
        String csv = "avgIngressMBps\n5\n";
        return (csv + "\n".repeat(bytes - csv.length())).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csv_in_gives_one_json_result_per_profile_with_bad_rows_reported() throws Exception {
        HttpResponse<String> r = post("/api/v1/plan/batch", CSV.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = Json.mapper().readTree(r.body());
        assertThat(json.get("profiles").asInt()).isEqualTo(3);
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        JsonNode single = Json.mapper().readTree(http.get("/api/v1/plan?avgIngressMBps=100&peakIngressMBps=500&consumerGroups=2").body());
        assertThat(json.at("/results/0/instanceType").asText()).isEqualTo(single.at("/recommended/overall/instanceType").asText());
        assertThat(json.at("/results/0/monthlyUsd").decimalValue()).isEqualByComparingTo(single.at("/recommended/overall/monthlyUsd").decimalValue());
        assertThat(json.at("/results/1/error").asText()).isEqualTo("avgIngressMBps = -5 is not allowed: a number > 0 and <= 1000000");
        assertThat(json.at("/results/2/error").isNull()).isTrue();
    }

    @Test
    void format_csv_gives_csv_rows() throws Exception {
        HttpResponse<String> r = post("/api/v1/plan/batch?format=csv", CSV.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        String[] rows = r.body().split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).startsWith("profile,deployment,instanceType,");
        assertThat(rows[2]).startsWith("2,,,,");
    }

    @Test
    void a_json_array_of_plan_requests_is_accepted() throws Exception {
        String body = "[" + Requests.read("docs/examples/profile.json") + ", {\"avgIngressMBps\": 5, \"preset\": \"nope\"}]";
        JsonNode json = Json.mapper().readTree(post("/api/v1/plan/batch", body.getBytes(StandardCharsets.UTF_8), "application/json").body());
        // docs/plan-api.md: the example profile gives 51 x kafka.m7g.xlarge at $37,284.03/month (PlanApiTest has the
        // arithmetic: 947 GiB volumes)
        assertThat(json.at("/results/0/brokers").asInt()).isEqualTo(51);
        assertThat(json.at("/results/0/monthlyUsd").decimalValue()).isEqualByComparingTo("37284.03");
        assertThat(json.at("/results/1/error").asText()).contains("preset");
    }

    @Test
    void an_unreadable_body_is_a_400_problem() throws Exception {
        HttpResponse<String> r = post("/api/v1/plan/batch", "ingress\n5\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(r.body()).get("field").asText()).isEqualTo("CSV header");
    }

    @Test
    void the_batch_route_takes_bodies_over_the_single_request_cap() throws Exception {
        assertThat(post("/api/v1/plan/batch", csvOf(2_000_000), "text/csv").statusCode()).isEqualTo(200);
        assertThat(postStreamed("/api/v1/plan/batch", csvOf(2_000_000)).statusCode()).isEqualTo(200);
    }

    @Test
    void the_same_body_to_the_single_plan_route_is_a_413() throws Exception {
        assertThat(post("/api/v1/plan", csvOf(2_000_000), "application/json").statusCode()).isEqualTo(413);
    }

    @Test
    void the_batch_route_refuses_bodies_over_its_own_cap_declared_or_chunked() throws Exception {
        int over = (int) PlanBatchApi.MAX_BODY_BYTES + 1;
        HttpResponse<String> declared = post("/api/v1/plan/batch", csvOf(over), "text/csv");
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(Json.mapper().readTree(declared.body()).get("detail").asText()).isEqualTo("the request body is larger than 16000000 bytes");
        HttpResponse<String> chunked = postStreamed("/api/v1/plan/batch", csvOf(over));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(Json.mapper().readTree(chunked.body()).get("detail").asText()).isEqualTo("the request body is larger than 16000000 bytes");
    }
}
