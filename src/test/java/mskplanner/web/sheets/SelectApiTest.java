package mskplanner.web.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code select=PATH}: one value as text/plain, for WEBSERVICE (one cell, at most 32,767 characters). */
class SelectApiTest {
    /** The architect of docs/examples/profile.json as query parameters: 51 x kafka.m7g.xlarge, $37,284.03 a month. */
    static final String ARCHITECT = "/api/v1/plan?avgIngressMBps=100&peakIngressMBps=500&consumerGroups=2"
            + "&retentionHours=720&localRetentionHours=24";
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static String text(String path) throws Exception {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        return r.body();
    }

    private static JsonNode problem(String path) throws Exception {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        // exactly: a select refused after the text type was set once kept its charset here
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return Json.mapper().readTree(r.body());
    }

    @Test
    void select_answers_the_plans_monthly_cost_as_one_plain_number() throws Exception {
        // the CSV row of PlanApiTest: standard,kafka.m7g.xlarge,51,ingress,37284.03,...,m7g overall
        assertThat(text(ARCHITECT + "&select=recommended.overall.monthlyUsd")).isEqualTo("37284.03");
        assertThat(text(ARCHITECT + "&select=recommended.overall.instanceType")).isEqualTo("kafka.m7g.xlarge");
        assertThat(text(ARCHITECT + "&select=recommended.overall.brokers")).isEqualTo("51");
    }

    @Test
    void an_array_index_picks_one_option_in_either_spelling() throws Exception {
        JsonNode plan = Json.mapper().readTree(http.get(ARCHITECT).body());
        String brokers = plan.at("/options/3/brokers").asText();
        assertThat(text(ARCHITECT + "&select=options.3.brokers")).isEqualTo(brokers);
        assertThat(text(ARCHITECT + "&select=options%5B3%5D.brokers")).isEqualTo(brokers);
        assertThat(text(ARCHITECT + "&select=partitions.recommended")).isEqualTo("42");
    }

    @Test
    void select_wins_over_an_accept_text_csv_header() throws Exception {
        HttpResponse<String> r = http.get(ARCHITECT + "&select=partitions.recommended", "Accept", "text/csv");
        assertThat(r.body()).isEqualTo("42");
    }

    @Test
    void select_works_on_estimate_prices_and_break_even() throws Exception {
        // prod of docs/examples/clusters.json alone: 4 x 730 h x $10.08 = $29,433.60 + 4 x 1,000 GB x $0.10 = $400.00
        HttpResponse<String> post = http.post("/api/v1/estimate?select=monthlyUsd", "{\"region\": \"us-east-1\", \"clusters\": "
                + "[{\"name\": \"prod\", \"type\": \"standard\", \"instanceType\": \"kafka.m5.24xlarge\", \"brokers\": 4, "
                + "\"storageGiBPerBroker\": 1000}]}");
        assertThat(post.statusCode()).as(post.body()).isEqualTo(200);
        assertThat(post.body()).isEqualTo("29833.60");
        assertThat(text("/api/v1/estimate?c0.type=standard&c0.instanceType=kafka.m5.24xlarge&c0.brokers=4"
                + "&c0.storageGiBPerBroker=1000&select=clusters.0.monthlyUsd")).isEqualTo("29833.60");
        JsonNode prices = Json.mapper().readTree(http.get("/api/v1/prices?region=us-east-1").body());
        assertThat(text("/api/v1/prices?region=us-east-1&select=prices.0.usd")).isEqualTo(prices.at("/prices/0/usd").decimalValue().toPlainString());
        assertThat(text("/api/v1/prices?select=regionName")).isEqualTo(prices.get("regionName").asText());
        JsonNode breakEven = Json.mapper().readTree(http.get("/api/v1/break-even?avgIngressMBps=10").body());
        assertThat(text("/api/v1/break-even?avgIngressMBps=10&select=curves.0.deployment"))
                .isEqualTo(breakEven.at("/curves/0/deployment").asText());
    }

    @Test
    void a_path_that_does_not_exist_is_a_400_naming_the_path_and_the_fields_there() throws Exception {
        JsonNode p = problem(ARCHITECT + "&select=recommended.overal.monthlyUsd");
        assertThat(p.get("field").asText()).isEqualTo("select");
        assertThat(p.get("value").asText()).isEqualTo("recommended.overal.monthlyUsd");
        assertThat(p.get("allowed").asText()).isEqualTo("recommended has no field 'overal'; its fields are: m5, m7g, express, overall");
    }

    @Test
    void an_index_past_the_end_names_the_valid_range() throws Exception {
        JsonNode plan = Json.mapper().readTree(http.get(ARCHITECT).body());
        int n = plan.get("options").size();
        assertThat(problem(ARCHITECT + "&select=options." + n + ".brokers").get("allowed").asText())
                .isEqualTo("options is a list of " + n + " items, so '" + n + "' must be an index from 0 to " + (n - 1));
    }

    @Test
    void a_path_to_an_object_or_a_list_says_so() throws Exception {
        assertThat(problem(ARCHITECT + "&select=recommended.overall").get("allowed").asText())
                .startsWith("a single value, but this is an object: select one of its fields: deployment, instanceType, brokers,");
        assertThat(problem(ARCHITECT + "&select=options").get("allowed").asText())
                .startsWith("a single value, but this is a list of ").endsWith(" items: add an index, e.g. options.0");
    }

    @Test
    void an_empty_path_or_select_with_format_csv_is_refused() throws Exception {
        assertThat(problem(ARCHITECT + "&select=").get("field").asText()).isEqualTo("select");
        assertThat(problem(ARCHITECT + "&select=a..b").get("field").asText()).isEqualTo("select");
        // format=csv asks for CSV, so the refusal comes as CSV (CsvErrorsApiTest)
        HttpResponse<String> both = http.get(ARCHITECT + "&select=partitions.recommended&format=csv");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("a path into the JSON answer, without format=csv");
    }
}
