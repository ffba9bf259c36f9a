package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input comes back as data, never as markup or a formula: JSON is served as JSON (which browsers do not sniff into
 * HTML), CSV cells cannot start a spreadsheet formula, and problems echo values inside JSON strings.
 */
class EscapingTest {
    private static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static String connectCluster(String name) throws Exception {
        return "{\"clusters\": [{\"name\": " + Json.mapper().writeValueAsString(name) + ", \"type\": \"connect\", \"mcus\": 1}]}";
    }

    @Test
    void markup_in_a_cluster_name_comes_back_as_a_json_string_in_a_json_response() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate", connectCluster(MARKUP));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(Json.mapper().readTree(r.body()).at("/clusters/0/name").asText()).isEqualTo(MARKUP);
    }

    @Test
    void markup_in_a_rejected_value_is_echoed_inside_problem_json() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate", """
                {"clusters": [{"type": "standard", "instanceType": %s, "brokers": 3, "storageGiBPerBroker": 100}]}"""
                .formatted(Json.mapper().writeValueAsString(MARKUP)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(r.body()).get("value").asText()).isEqualTo(MARKUP);
    }

    @Test
    void markup_in_an_unknown_path_is_echoed_inside_problem_json() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void markup_in_a_query_parameter_is_echoed_inside_problem_json() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/prices?region=%3Cb%3Ex%3C%2Fb%3E");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(r.body()).get("value").asText()).isEqualTo("<b>x</b>");
    }

    private static String encoded(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertNoRawMarkup(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).doesNotContain("<script>alert(1)", "<img src=x");
    }

    private static void assertEscapedHtml(HttpResponse<String> r) {
        assertNoRawMarkup(r);
        assertThat(r.body()).contains("&lt;script&gt;alert(1)");
    }

    @Test
    void markup_in_a_cluster_name_is_escaped_on_the_estimate_page() throws Exception {
        HttpResponse<String> r = http.get("/estimate?region=us-east-1&c0.type=connect&c0.mcus=1&c0.name=" + encoded(MARKUP));
        assertThat(r.statusCode()).isEqualTo(200);
        assertEscapedHtml(r);
    }

    @Test
    void markup_in_a_plan_field_is_escaped_on_the_plan_page() throws Exception {
        HttpResponse<String> r = http.get("/plan?avgIngressMBps=100&breakEven=false&region=" + encoded(MARKUP));
        assertEscapedHtml(r);
    }

    @Test
    void markup_in_a_region_is_not_echoed_raw_on_the_api_page() throws Exception {
        assertNoRawMarkup(http.get("/api?region=" + encoded(MARKUP)));
    }

    @Test
    void markup_in_an_unknown_path_is_echoed_still_percent_encoded_on_the_html_error_page() throws Exception {
        HttpResponse<String> r = http.get("/" + encoded(MARKUP), "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertNoRawMarkup(r);
        assertThat(r.body()).contains("Endpoint GET /%3Cscript%3Ealert%281%29");
    }

    @Test
    void a_formula_in_a_cluster_name_is_neutralised_in_csv() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate?format=csv", connectCluster("=HYPERLINK(\"http://evil\",\"x\")"));
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String row = r.body().split("\r\n")[1];
        assertThat(row).startsWith("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",connect,");
    }

    @Test
    void markup_in_a_cluster_name_stays_text_in_csv() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate?format=csv", connectCluster(MARKUP));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.body().split("\r\n")[1]).startsWith(MARKUP + ",connect,");
    }
}
