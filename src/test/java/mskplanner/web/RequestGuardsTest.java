package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestGuardsTest {
    private static final String PLAN_QUERY = "/api/v1/plan?avgIngressMBps=10&peakIngressMBps=20&retentionHours=24&breakEven=false";
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"})
    void a_method_override_header_is_refused_and_named(String header) throws Exception {
        HttpResponse<String> response = http.get(PLAN_QUERY, header, "POST");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains(header);
    }

    @Test
    void a_repeated_plan_field_in_the_query_is_refused_and_named() throws Exception {
        HttpResponse<String> response = http.get(PLAN_QUERY + "&avgIngressMBps=30");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("query parameter 'avgIngressMBps' is given 2 times");
    }

    @Test
    void a_repeated_format_is_refused_and_named() throws Exception {
        HttpResponse<String> response = http.get(PLAN_QUERY + "&format=csv&format=json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'format'");
    }

    @Test
    void a_repeated_parameter_on_a_page_is_a_400_page_naming_it() throws Exception {
        HttpResponse<String> response = http.get("/estimate?region=us-east-1&region=eu-west-1", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("region");
    }

    @Test
    void the_same_parameters_once_each_still_plan() throws Exception {
        assertThat(http.get(PLAN_QUERY).statusCode()).isEqualTo(200);
    }

    @Test
    void a_duplicate_json_key_is_refused_and_named() throws Exception {
        HttpResponse<String> response = http.post("/api/v1/plan",
                "{\"avgIngressMBps\": 10, \"peakIngressMBps\": 20, \"avgIngressMBps\": 99, \"breakEven\": false}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("field 'avgIngressMBps' is given twice");
    }

    @Test
    void a_duplicate_key_inside_a_cluster_names_its_path() throws Exception {
        HttpResponse<String> response = http.post("/api/v1/estimate", "{\"region\": \"us-east-1\", \"clusters\": [{\"type\": "
                + "\"standard\", \"instanceType\": \"kafka.m7g.large\", \"brokers\": 3, \"brokers\": 30}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("clusters[0].brokers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "1", "\"plan\"", "true", "{\"breakEven\": false} {}", "{\"breakEven\": false} []",
            "{\"avgIngressMBps\": [1]}", "{\"region\": {}}"})
    void a_400_about_the_body_names_no_internal_class(String body) throws Exception {
        HttpResponse<String> response = http.post("/api/v1/plan", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("mskplanner", "DeserializationFeature", "JsonToken", "java.", "`", "Exception");
    }
}
