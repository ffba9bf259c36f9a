package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompareApiTest {
    private static final String PATH = "/api/v1/plan/compare";
    /** The same workload kept 7 days (168 h) and 30 days (720 h); the break-even sweep is left out to answer fast. */
    private static final String SEVEN = "\"avgIngressMBps\": 100, \"peakIngressMBps\": 200, \"retentionHours\": 168, \"breakEven\": false";
    private static final String THIRTY = "\"avgIngressMBps\": 100, \"peakIngressMBps\": 200, \"retentionHours\": 720, \"breakEven\": false";
    private static final String SEVEN_VS_THIRTY = """
            {"scenarios": [{"label": "7 days", "plan": {%s}}, {"label": "30 days", "plan": {%s}}]}""".formatted(SEVEN, THIRTY);
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private static JsonNode row(JsonNode answer, String name) {
        for (JsonNode row : answer.get("rows")) {
            if (row.get("name").asText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name + " in " + answer.get("rows"));
    }

    private static List<String> rowNames(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.get("rows").forEach(r -> names.add(r.get("name").asText()));
        return names;
    }

    private static JsonNode problem(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return Json.mapper().readTree(r.body());
    }

    private static String scenarios(int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add("{\"plan\": {" + SEVEN + "}}");
        }
        return "{\"scenarios\": [" + String.join(", ", items) + "]}";
    }

    @Test
    void retention_is_the_only_input_row_and_it_is_marked_as_differing() throws Exception {
        JsonNode answer = json(http.post(PATH, SEVEN_VS_THIRTY));
        List<String> inputs = rowNames(answer).stream().filter(n -> !n.contains(".")).toList();
        assertThat(inputs).containsExactly("retentionHours");
        JsonNode retention = row(answer, "retentionHours");
        assertThat(retention.get("differs").asBoolean()).isTrue();
        assertThat(retention.get("unit").asText()).isEqualTo("hours");
        assertThat(retention.at("/values/0").asDouble()).isEqualTo(168);
        assertThat(retention.at("/values/1").asDouble()).isEqualTo(720);
    }

    @Test
    void monthly_values_are_each_scenarios_own_plan_answer() throws Exception {
        JsonNode answer = json(http.post(PATH, SEVEN_VS_THIRTY));
        JsonNode seven = json(http.post("/api/v1/plan", "{" + SEVEN + "}"));
        JsonNode thirty = json(http.post("/api/v1/plan", "{" + THIRTY + "}"));
        JsonNode monthly = row(answer, "recommended.overall.monthlyUsd");
        assertThat(monthly.at("/values/0").decimalValue()).isEqualByComparingTo(seven.at("/recommended/overall/monthlyUsd").decimalValue());
        assertThat(monthly.at("/values/1").decimalValue()).isEqualByComparingTo(thirty.at("/recommended/overall/monthlyUsd").decimalValue());
        // 30 days hold 30/7 as much data, so the bill differs (storage alone grows it)
        assertThat(monthly.get("differs").asBoolean()).isTrue();
        JsonNode annual = row(answer, "recommended.overall.annualUsd");
        assertThat(annual.at("/values/0").decimalValue())
                .isEqualByComparingTo(seven.at("/recommended/overall/monthlyUsd").decimalValue().multiply(java.math.BigDecimal.valueOf(12)));
        JsonNode cheapest = row(answer, "cheapest.monthlyUsd");
        assertThat(cheapest.at("/values/1").decimalValue()).isEqualByComparingTo(thirty.at("/cheapest/monthlyUsd").decimalValue());
    }

    @Test
    void lines_the_scenarios_agree_on_are_not_marked() throws Exception {
        JsonNode answer = json(http.post(PATH, SEVEN_VS_THIRTY));
        // Retention does not change the partition formula (ingress, egress, parallelism, zones).
        JsonNode partitions = row(answer, "partitions.recommended");
        assertThat(partitions.at("/values/0").asInt()).isEqualTo(partitions.at("/values/1").asInt());
        assertThat(partitions.get("differs").asBoolean()).isFalse();
    }

    @Test
    void each_scenario_carries_its_label_plan_and_plan_page_link() throws Exception {
        JsonNode answer = json(http.post(PATH, SEVEN_VS_THIRTY));
        assertThat(answer.at("/scenarios/0/label").asText()).isEqualTo("7 days");
        assertThat(answer.at("/scenarios/1/planUrl").asText())
                .isEqualTo("/plan?avgIngressMBps=100&peakIngressMBps=200&retentionHours=720&breakEven=false");
        assertThat(answer.at("/scenarios/1/plan/workload/retentionHours").asDouble()).isEqualTo(720);
        assertThat(http.get(answer.at("/scenarios/1/planUrl").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void scenarios_without_a_label_are_numbered() throws Exception {
        JsonNode answer = json(http.post(PATH, scenarios(3)));
        assertThat(answer.at("/scenarios/2/label").asText()).isEqualTo("Scenario 3");
        assertThat(row(answer, "recommended.overall.monthlyUsd").get("values").size()).isEqualTo(3);
    }

    @Test
    void csv_has_one_row_per_line_and_one_column_per_scenario() throws Exception {
        HttpResponse<String> r = http.post(PATH + "?format=csv", SEVEN_VS_THIRTY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("name,unit,7 days,30 days");
        assertThat(lines).contains("retentionHours,hours,168,720");
        assertThat(lines).hasSize(1 + json(http.post(PATH, SEVEN_VS_THIRTY)).get("rows").size());
    }

    @Test
    void csv_is_laid_out_by_fields_header_and_delimiter_as_elsewhere() throws Exception {
        HttpResponse<String> r = http.post(PATH + "?fields=name,30%20days&header=false&delimiter=semicolon", SEVEN_VS_THIRTY,
                "Accept", "text/csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body().lines().toList()).first().isEqualTo("retentionHours;720");
    }

    @Test
    void an_unknown_csv_column_is_a_csv_error_naming_the_columns() throws Exception {
        HttpResponse<String> r = http.post(PATH + "?format=csv&fields=nope", SEVEN_VS_THIRTY);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.body()).contains("fields").contains("nope").contains("name, unit, 7 days, 30 days");
    }

    @Test
    void one_scenario_is_a_400_asking_for_two_to_four() throws Exception {
        JsonNode p = problem(http.post(PATH, scenarios(1)));
        assertThat(p.get("field").asText()).isEqualTo("scenarios");
        assertThat(p.get("value").asText()).isEqualTo("1 scenarios");
        assertThat(p.get("allowed").asText()).startsWith("2 to 4 scenarios");
    }

    @Test
    void five_scenarios_are_a_400_asking_for_two_to_four() throws Exception {
        JsonNode p = problem(http.post(PATH, scenarios(5)));
        assertThat(p.get("field").asText()).isEqualTo("scenarios");
        assertThat(p.get("value").asText()).isEqualTo("5 scenarios");
    }

    @Test
    void a_bad_field_in_a_scenario_is_named_by_its_path_with_value_and_range() throws Exception {
        JsonNode p = problem(http.post(PATH, """
                {"scenarios": [{"plan": {%s}}, {"plan": {"avgIngressMBps": 100, "retentionHours": -5}}]}""".formatted(SEVEN)));
        assertThat(p.get("field").asText()).isEqualTo("scenarios[1].plan.retentionHours");
        assertThat(p.get("value").asText()).isEqualTo("-5");
        assertThat(p.get("allowed").asText()).isEqualTo("a number > 0 and <= 876000");
    }

    @Test
    void an_unknown_field_in_a_scenario_is_named_by_its_path() throws Exception {
        JsonNode p = problem(http.post(PATH, """
                {"scenarios": [{"plan": {%s}}, {"plan": {"avgIngressMBps": 100, "retention": 5}}]}""".formatted(SEVEN)));
        assertThat(p.get("field").asText()).isEqualTo("scenarios[1].plan.retention");
    }

    @Test
    void two_scenarios_with_one_label_are_a_400_on_the_second_label() throws Exception {
        JsonNode p = problem(http.post(PATH, """
                {"scenarios": [{"label": "A", "plan": {%s}}, {"label": "A", "plan": {%s}}]}""".formatted(SEVEN, THIRTY)));
        assertThat(p.get("field").asText()).isEqualTo("scenarios[1].label");
        assertThat(p.get("value").asText()).isEqualTo("A");
    }

    @Test
    void a_label_named_like_a_first_csv_column_is_a_400() throws Exception {
        JsonNode p = problem(http.post(PATH, """
                {"scenarios": [{"label": "unit", "plan": {%s}}, {"plan": {%s}}]}""".formatted(SEVEN, THIRTY)));
        assertThat(p.get("field").asText()).isEqualTo("scenarios[0].label");
        assertThat(p.get("allowed").asText()).isEqualTo("a label other than name or unit (the CSV's first columns)");
    }
}
