package mskplanner.web.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/estimate} with the estimate page's query answers what the POST of the same request answers. */
class EstimateGetApiTest {
    /** Two clusters in the page's inputs: c0 a Standard cluster, c1 a Connect one. */
    static final String QUERY = "region=us-east-1&hoursPerMonth=730&c0.name=prod&c0.type=standard"
            + "&c0.instanceType=kafka.m5.24xlarge&c0.brokers=4&c0.storageGiBPerBroker=1000&c1.name=sink&c1.type=connect&c1.mcus=2";
    /** The same request as the POST body. */
    static final String BODY = "{\"region\": \"us-east-1\", \"hoursPerMonth\": 730, \"clusters\": ["
            + "{\"name\": \"prod\", \"type\": \"standard\", \"instanceType\": \"kafka.m5.24xlarge\", \"brokers\": 4, \"storageGiBPerBroker\": 1000},"
            + "{\"name\": \"sink\", \"type\": \"connect\", \"mcus\": 2}]}";
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void get_answers_the_same_json_body_as_the_equivalent_post_byte_for_byte() throws Exception {
        HttpResponse<String> get = http.get("/api/v1/estimate?" + QUERY);
        HttpResponse<String> post = http.post("/api/v1/estimate", BODY);
        assertThat(get.statusCode()).as(get.body()).isEqualTo(200);
        assertThat(post.statusCode()).as(post.body()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(post.body());
        // prod: 4 x 730 h x $10.08 = $29,433.60 + 4 x 1,000 GB x $0.10 = $400.00 -> $29,833.60; sink: 2 x 730 x $0.11 = $160.60
        assertThat(Json.mapper().readTree(get.body()).get("monthlyUsd").decimalValue()).isEqualByComparingTo("29994.20");
    }

    @Test
    void get_answers_the_same_csv_as_the_equivalent_post() throws Exception {
        HttpResponse<String> get = http.get("/api/v1/estimate?" + QUERY + "&format=csv");
        HttpResponse<String> post = http.post("/api/v1/estimate?format=csv", BODY);
        assertThat(get.statusCode()).as(get.body()).isEqualTo(200);
        assertThat(get.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(get.body()).isEqualTo(post.body()).contains("TOTAL,,monthly,,,,29994.20\r\n");
    }

    @Test
    void the_estimate_pages_own_link_is_a_valid_api_query() throws Exception {
        String link = mskplanner.web.page.EstimateLink.to("us-east-1", 730, new mskplanner.app.estimate.EstimateRequest.ClusterRequest(
                "prod", "standard", "kafka.m5.24xlarge", 4, 1000.0, null, null, null, null, null, null, null, null, null,
                null, null, null, null));
        HttpResponse<String> r = http.get("/api" + "/v1" + link.replace("/estimate?", "/estimate?") + "&select=monthlyUsd");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("29833.60");
    }

    @Test
    void a_bad_value_is_the_same_400_the_post_gives() throws Exception {
        HttpResponse<String> get = http.get("/api/v1/estimate?c0.type=standard&c0.instanceType=kafka.m5.24xlarge&c0.brokers=abc");
        HttpResponse<String> post = http.post("/api/v1/estimate", "{\"clusters\": [{\"type\": \"standard\", "
                + "\"instanceType\": \"kafka.m5.24xlarge\", \"brokers\": \"abc\"}]}");
        assertThat(get.statusCode()).isEqualTo(400);
        assertThat(get.body()).isEqualTo(post.body());
        assertThat(Json.mapper().readTree(get.body()).get("field").asText()).isEqualTo("clusters[0].brokers");
    }

    @Test
    void an_unknown_parameter_is_a_400_naming_it() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/estimate?c0.type=connect&c0.mcus=2&c0.mcu=3");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("field").asText()).isEqualTo("c0.mcu");
        assertThat(p.get("allowed").asText()).startsWith("region, hoursPerMonth, or c0.<field> to c3.<field>");
    }
}
