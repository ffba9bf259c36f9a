package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import mskplanner.api.Json;
import mskplanner.web.page.Nodes;
import mskplanner.web.page.Step;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reading parts of a plan answer the page shows when they are there: Serverless and the alternatives, break-even
 * curves, picks named by instance type. The recorded answer follows the engine's records for those parts.
 */
class PlanResultReaderTest {
    private static final ApiCall API = ApiCall.of("http://localhost:7070", "avgIngressMBps=50");

    private static JsonNode answer() throws Exception {
        try (InputStream in = PlanResultReaderTest.class.getResourceAsStream("/plan/answer-with-alternatives.json")) {
            return Json.mapper().readTree(in);
        }
    }

    private static PlanResult read() throws Exception {
        return PlanResultReader.read(answer(), Map.of("consumerGroups", List.of("2")), API);
    }

    @Test
    void picks_named_by_instance_type_resolve_to_their_options() throws Exception {
        PlanResult result = read();

        assertThat(result.overall().option().title()).isEqualTo("12 \u00D7 express.m7g.large");
        assertThat(result.overall().option().picks()).containsExactly("overall", "express");
        assertThat(result.picks()).extracting(PickView::key).containsExactly("overall", "m5", "m7g", "express");
    }

    @Test
    void the_comparison_puts_the_msk_pick_beside_serverless_ec2_and_kinesis_with_their_violations() throws Exception {
        List<ComparisonRow> rows = read().comparison();

        assertThat(rows).extracting(ComparisonRow::name).containsExactly("MSK Provisioned (the overall pick)", "MSK Serverless",
                "Self-managed Kafka on EC2, on-demand", "Self-managed Kafka on EC2, 1-year Reserved Instances",
                "Self-managed Kafka on EC2, 3-year Reserved Instances", "Kinesis Data Streams, provisioned",
                "Kinesis Data Streams, on-demand");
        ComparisonRow serverless = rows.get(1);
        assertThat(serverless.fits()).isFalse();
        assertThat(serverless.violations()).containsExactly(
                "Peak ingress per partition 5.5 MB/s is above the Serverless limit of 5 MB/s: use more partitions.");
        assertThat(serverless.notes()).containsExactly("Older limit (2023): partitions per cluster 120, now 2400.");
        assertThat(serverless.monthlyUsd()).isEqualByComparingTo("6912.40");
        // 6,912.40 x 12
        assertThat(serverless.annualUsd()).isEqualByComparingTo("82948.80");
        assertThat(rows.get(5).detail()).isEqualTo("120 shards");
    }

    @Test
    void an_answer_without_serverless_or_alternatives_has_no_comparison() throws Exception {
        JsonNode answer = answer();
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove(List.of("serverless", "alternatives", "breakEven"));

        PlanResult result = PlanResultReader.read(answer, Map.of(), API);

        assertThat(result.comparison()).isEmpty();
        assertThat(result.hasBreakEven()).isFalse();
    }

    @Test
    void break_even_marks_the_workload_on_each_curve_it_reaches() throws Exception {
        BreakEvenView breakEven = read().breakEven();
        JsonNode chart = Json.mapper().readTree(breakEven.chartJson());
        JsonNode marker = chart.get("datasets").get(3);

        // 50 MB/s x 3.6 = 180 GB/h; Standard 1000 + 40 x 180 = 8200, Express 1500 + 35 x 180 = 7800,
        // Serverless 600 + 60 x 180 = 11400 (its curve reaches 200 GB/h)
        assertThat(breakEven.workload()).isEqualTo("180 GB/h");
        assertThat(breakEven.crossovers()).containsExactly("MSK Serverless is cheaper than MSK Standard below 20 GB/hour ingested");
        assertThat(marker.get("label").asText()).isEqualTo("This workload (180 GB/h)");
        assertThat(marker.get("data")).hasSize(3);
        assertThat(marker.get("data").get(0).get("y").asDouble()).isCloseTo(8200, within(1e-9));
        assertThat(marker.get("data").get(1).get("y").asDouble()).isCloseTo(7800, within(1e-9));
        assertThat(marker.get("data").get(2).get("y").asDouble()).isCloseTo(11400, within(1e-9));
    }

    @Test
    void a_curve_that_stops_before_the_workload_gets_no_mark() throws Exception {
        List<JsonNode> serverless = Nodes.list(answer().get("breakEven").get("curves").get(2), "points");

        assertThat(BreakEvenChart.interpolate(serverless, 250)).isEmpty();
        // between (100, 6600) and (200, 12600)
        assertThat(BreakEvenChart.interpolate(serverless, 150).getAsDouble()).isCloseTo(9600, within(1e-9));
    }

    @Test
    void given_partitions_are_shown_as_given_with_what_the_formula_would_say() throws Exception {
        JsonNode answer = answer();
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer.get("partitions")).put("recommended", 100);

        PartitionsView partitions = PlanResultReader.read(answer, Map.of(), API).partitions();

        assertThat(partitions.steps()).contains(new Step("Recommended", "100, as given in the request (the formula gives max(10, 3, 24) = 24)"));
    }

    @Test
    void the_formula_result_is_rounded_up_to_a_multiple_of_the_consumer_parallelism() throws Exception {
        JsonNode answer = answer();
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer.get("partitions").get("raw")).put("byIngress", 30);
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer.get("partitions")).put("recommended", 48);

        PartitionsView partitions = PlanResultReader.read(answer, Map.of(), API).partitions();

        assertThat(partitions.steps()).contains(new Step("Recommended", "max(30, 3, 24) = 30, rounded up to a multiple of 24 = 48"));
    }
}
