package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EstimateApiTest {
    static final String CONTRACT_EXAMPLE = mskplanner.testing.Requests.clustersExample();

    private Http http;

    @BeforeEach
    void start() {
        http = Http.start();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private JsonNode estimate(String body) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private JsonNode problem(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return Json.mapper().readTree(r.body());
    }

    @Test
    void the_contract_example_is_priced_cluster_by_cluster() throws Exception {
        JsonNode r = estimate(CONTRACT_EXAMPLE);
        // prod: 4 x 730 h x $10.08 = $29,433.60 + 4 x 1,000 GB x $0.10 = $400.00 -> $29,833.60
        // events: 3 x 730 x $0.408 = $893.52 + 500 GB x $0.10 = $50.00 + 2,000 GB x $0.01 = $20.00 -> $963.52
        // dev: 730 x $0.75 = $547.50 + 50 x 730 x $0.0015 = $54.75 + 100 x $0.10 + 200 x $0.05 + 20 x $0.10 -> $624.25
        // sink: 2 MCU x 730 h x $0.11 = $160.60
        assertThat(r.at("/clusters").findValuesAsText("name")).containsExactly("prod", "events", "dev", "sink");
        assertThat(r.at("/clusters/0/monthlyUsd").decimalValue()).isEqualByComparingTo("29833.60");
        assertThat(r.at("/clusters/1/monthlyUsd").decimalValue()).isEqualByComparingTo("963.52");
        assertThat(r.at("/clusters/2/monthlyUsd").decimalValue()).isEqualByComparingTo("624.25");
        assertThat(r.at("/clusters/3/monthlyUsd").decimalValue()).isEqualByComparingTo("160.60");
        // 29,833.60 + 963.52 + 624.25 + 160.60 = 31,581.97; x 12 = 378,983.64
        assertThat(r.at("/monthlyUsd").decimalValue()).isEqualByComparingTo("31581.97");
        assertThat(r.at("/annualUsd").decimalValue()).isEqualByComparingTo("378983.64");
    }

    @Test
    void the_response_names_currency_hours_and_price_source() throws Exception {
        JsonNode r = estimate(CONTRACT_EXAMPLE);
        assertThat(r.at("/region").asText()).isEqualTo("us-east-1");
        assertThat(r.at("/currency").asText()).isEqualTo("USD");
        assertThat(r.at("/hoursPerMonth").asDouble()).isEqualTo(730);
        assertThat(r.at("/pricing/publicationDate").asText()).isEqualTo("2026-09-11");
        assertThat(r.at("/pricing/source").asText()).contains("Price List");
    }

    @Test
    void each_line_item_carries_quantity_unit_unit_price_and_monthly_amount() throws Exception {
        JsonNode line = estimate(CONTRACT_EXAMPLE).at("/clusters/0/lineItems/0");
        assertThat(line.get("item").asText()).isEqualTo("Broker-hours kafka.m5.24xlarge");
        assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("2920");
        assertThat(line.get("unit").asText()).isEqualTo("broker-hour");
        assertThat(line.get("unitPriceUsd").decimalValue()).isEqualByComparingTo("10.08");
        assertThat(line.get("monthlyUsd").decimalValue()).isEqualByComparingTo("29433.60");
    }

    @Test
    void optional_fields_take_their_defaults() throws Exception {
        // 730 h and us-east-1 by default: 3 x 730 x $0.204 = $446.76 + 3 x 100 GB x $0.10 = $30.00
        JsonNode r = estimate("""
                {"clusters": [{"type": "standard", "instanceType": "kafka.m7g.large", "brokers": 3, "storageGiBPerBroker": 100}]}""");
        assertThat(r.at("/monthlyUsd").decimalValue()).isEqualByComparingTo("476.76");
        assertThat(r.at("/clusters/0/name").asText()).isEqualTo("cluster-1");
    }

    @Test
    void csv_gives_one_row_per_line_item_and_the_totals() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate?format=csv", CONTRACT_EXAMPLE);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] rows = r.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("cluster,type,item,quantity,unit,unitPriceUsd,monthlyUsd");
        assertThat(rows[1]).isEqualTo("prod,standard,Broker-hours kafka.m5.24xlarge,2920,broker-hour,10.08,29433.60");
        assertThat(rows).contains("TOTAL,,monthly,,,,31581.97", "TOTAL,,annual,,,,378983.64");
    }

    @Test
    void accept_text_csv_also_gives_csv() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate", CONTRACT_EXAMPLE, "Accept", "text/csv");
        assertThat(r.body()).startsWith("cluster,type,item");
    }

    @Test
    void an_unknown_instance_type_is_a_400_naming_field_value_and_allowed_sizes() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", """
                {"clusters": [{"type": "standard", "instanceType": "kafka.m9.huge", "brokers": 3, "storageGiBPerBroker": 100}]}"""));
        assertThat(p.get("field").asText()).isEqualTo("clusters[0].instanceType");
        assertThat(p.get("value").asText()).isEqualTo("kafka.m9.huge");
        assertThat(p.get("allowed").asText()).startsWith("one of kafka.t3.small, kafka.m5.large");
        assertThat(p.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void an_unknown_region_is_a_400_listing_the_regions_we_ship() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", """
                {"region": "mars-north-1", "clusters": [{"type": "connect", "mcus": 1}]}"""));
        assertThat(p.get("field").asText()).isEqualTo("region");
        assertThat(p.get("allowed").asText()).contains("us-east-1", "eu-west-1");
    }

    @Test
    void zero_brokers_are_refused() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", """
                {"clusters": [{"type": "express", "instanceType": "express.m7g.large", "brokers": 0}]}"""));
        assertThat(p.get("detail").asText()).isEqualTo("clusters[0].brokers = 0 is not allowed: a whole number > 0");
    }

    @Test
    void five_brokers_fit_no_availability_zone_layout() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", """
                {"clusters": [{"type": "standard", "instanceType": "kafka.m5.large", "brokers": 5, "storageGiBPerBroker": 10}]}"""));
        assertThat(p.get("detail").asText()).isEqualTo("clusters[0].brokers = 5 is not allowed: a multiple of the availability zone count (2 or 3)");
    }

    @Test
    void a_negative_value_is_refused_with_its_field() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", """
                {"clusters": [{"type": "serverless", "dataInGiB": -5}]}"""));
        assertThat(p.get("detail").asText()).isEqualTo("clusters[0].dataInGiB = -5 is not allowed: a finite number >= 0");
    }

    @Test
    void a_non_numeric_value_names_the_field_and_the_expected_type() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", """
                {"clusters": [{"type": "express", "instanceType": "express.m7g.large", "brokers": "three"}]}"""));
        assertThat(p.get("field").asText()).isEqualTo("clusters[0].brokers");
        assertThat(p.get("value").asText()).isEqualTo("three");
        assertThat(p.get("allowed").asText()).isEqualTo("a whole number");
    }

    @Test
    void a_fractional_broker_count_is_not_truncated() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", """
                {"clusters": [{"type": "express", "instanceType": "express.m7g.large", "brokers": 2.5}]}"""));
        assertThat(p.get("field").asText()).isEqualTo("clusters[0].brokers");
    }

    @Test
    void a_misspelt_field_is_named_rather_than_ignored() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", """
                {"clusters": [{"type": "standard", "instanceType": "kafka.m5.large", "brokers": 3, "storageGibPerBroker": 10}]}"""));
        assertThat(p.get("field").asText()).isEqualTo("clusters[0].storageGibPerBroker");
        assertThat(p.get("allowed").asText()).contains("storageGiBPerBroker");
    }

    @Test
    void malformed_json_is_a_400_not_a_500() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", "{\"clusters\": [ {\"type\": "));
        assertThat(p.get("detail").asText()).startsWith("malformed JSON");
    }

    @Test
    void an_empty_body_is_a_400() throws Exception {
        JsonNode p = problem(http.post("/api/v1/estimate", ""));
        assertThat(p.get("field").asText()).isEqualTo("body");
    }

    @Test
    void a_body_above_the_size_cap_is_refused_as_problem_json() throws Exception {
        String huge = "{\"clusters\": [" + "{\"type\": \"connect\", \"mcus\": 1},".repeat(40_000) + "{\"type\": \"connect\", \"mcus\": 1}]}";
        HttpResponse<String> r = http.post("/api/v1/estimate", huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void an_unknown_endpoint_is_a_problem_json_404() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/nothing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(r.body()).get("detail").asText()).isEqualTo("Endpoint GET /api/v1/nothing not found");
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        HttpResponse<String> r = http.get("/");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
