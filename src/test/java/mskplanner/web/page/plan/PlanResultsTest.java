package mskplanner.web.page.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanQuery;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;
import mskplanner.testing.Fixtures;
import mskplanner.web.page.EstimateLink;
import mskplanner.web.page.Step;
import org.junit.jupiter.api.Test;

/** The plan service's typed answer (from the real service) as what the plan page shows. */
class PlanResultsTest {
    private static final PlanService SERVICE = new PlanService(Fixtures.bundled());
    private static final ApiCall API = ApiCall.of("http://localhost:7070", "avgIngressMBps=50");

    private static PlanRequest workload(String... nameValues) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("avgIngressMBps", List.of("50"));
        query.put("peakIngressMBps", List.of("120"));
        query.put("consumerGroups", List.of("2"));
        query.put("maxConsumerParallelism", List.of("24"));
        for (int i = 0; i < nameValues.length; i += 2) {
            query.put(nameValues[i], List.of(nameValues[i + 1]));
        }
        return PlanQuery.parse(query);
    }

    private static PlanResult read(PlanRequest request) {
        return PlanResults.of(SERVICE.plan(request), request, API);
    }

    @Test
    void the_picks_are_the_options_they_name_marked_with_their_classes() {
        PlanResult result = read(workload());

        assertThat(result.picks()).extracting(PickView::key).containsExactly("overall", "m5", "m7g", "express");
        assertThat(result.overall().option().title()).isEqualTo("12 \u00D7 express.m7g.large");
        assertThat(result.overall().option().picks()).containsExactly("overall", "express");
        assertThat(result.options()).filteredOn(o -> o.option().instanceType().equals("express.m7g.large"))
                .singleElement().satisfies(o -> assertThat(o.isPick()).isTrue());
    }

    @Test
    void every_option_links_to_the_estimate_of_its_own_cluster_in_the_plans_region_and_month() {
        PlanRequest request = workload();
        PlanResponse answer = SERVICE.plan(request);

        assertThat(PlanResults.of(answer, request, API).options()).allSatisfy(o -> assertThat(o.estimateHref())
                .isEqualTo(EstimateLink.to(answer.region(), answer.assumptions().hoursPerMonth(), o.option().estimateCluster())));
    }

    @Test
    void every_option_shown_is_the_answers_own_option_with_its_annual_twelve_times_its_monthly() {
        PlanRequest request = workload();
        PlanResponse answer = SERVICE.plan(request);

        List<OptionView> options = PlanResults.of(answer, request, API).options();

        assertThat(options).extracting(OptionView::option).containsExactlyInAnyOrderElementsOf(answer.options());
        // express.m7g.large overall pick: $9,245.83 x 12 = $110,949.96
        assertThat(read(request).overall().option().annualUsd()).isEqualByComparingTo("110949.96");
    }

    @Test
    void serverless_ec2_and_kinesis_are_compared_beside_the_msk_pick() {
        List<ComparisonRow> rows = read(workload()).comparison();

        assertThat(rows).extracting(ComparisonRow::name).startsWith("MSK Provisioned (the overall pick)", "MSK Serverless",
                "Self-managed Kafka on EC2, on-demand").contains("Kinesis Data Streams, provisioned", "Kinesis Data Streams, on-demand");
        assertThat(rows.get(0).monthlyUsd()).isEqualByComparingTo("9245.83");
        // 120 MB/s peak ingress at 1 MB/s per shard
        assertThat(rows).filteredOn(r -> r.name().equals("Kinesis Data Streams, provisioned"))
                .singleElement().satisfies(r -> assertThat(r.detail()).startsWith("120 shards"));
        assertThat(rows.get(1).notes()).anySatisfy(n -> assertThat(n).startsWith("Older limit (2023): max leader partitions per cluster"));
    }

    @Test
    void a_workload_beyond_serverless_quotas_shows_each_violation() {
        ComparisonRow serverless = read(workload("peakIngressMBps", "300")).comparison().get(1);

        assertThat(serverless.name()).isEqualTo("MSK Serverless");
        assertThat(serverless.fits()).isFalse();
        assertThat(serverless.fitText()).isEqualTo("does not fit");
        assertThat(serverless.violations()).anySatisfy(v -> assertThat(v).contains("300").contains("200"));
    }

    @Test
    void the_ranking_lists_every_way_to_run_it_cheapest_first_and_names_the_cheapest() {
        Ranking ranking = read(workload()).ranking();

        assertThat(ranking.rows()).hasSizeGreaterThan(5).isSortedAccordingTo(Comparator.comparing(
                (Ranking.Row r) -> r.candidate().monthlyUsd(), Comparator.nullsLast(Comparator.naturalOrder())));
        Ranking.Row first = ranking.rows().get(0);
        assertThat(ranking.cheapest()).startsWith("The cheapest way to run it: " + first.candidate().label());
        assertThat(ranking.discounted()).isFalse();
        assertThat(ranking.discountNote()).isEmpty();
    }

    @Test
    void an_msk_discount_is_labelled_as_an_assumption_and_shown_beside_list_prices() {
        PlanResult result = read(workload("mskDiscountPercent", "10"));

        assertThat(result.ranking().discountNote()).startsWith("10% on MSK: assumption");
        assertThat(result.ranking().discounted()).isTrue();
        // 9,245.83 list; the discount leaves cross-AZ transfer (1,631.68) at list: 7,614.15 x 0.9 + 1,631.68 = 8,484.42
        assertThat(result.overall().option().option().discountedMonthlyUsd()).isEqualByComparingTo("8484.42");
    }

    @Test
    void break_even_marks_the_workload_on_each_curve_it_reaches() throws Exception {
        BreakEvenView breakEven = read(workload()).breakEven();
        JsonNode chart = Json.mapper().readTree(breakEven.chartJson());
        JsonNode datasets = chart.get("datasets");
        JsonNode marker = datasets.get(datasets.size() - 1);

        // 50 MB/s x 3,600 s = 180,000 MB = 167.64 GB of 2^30 bytes per hour
        assertThat(breakEven.workload()).isEqualTo("167.6 GB/h");
        assertThat(chart.get("kind").asText()).isEqualTo("cost-curves");
        assertThat(marker.get("label").asText()).isEqualTo("This workload (167.6 GB/h)");
        assertThat(marker.get("marker").asBoolean()).isTrue();
        assertThat(marker.get("data")).isNotEmpty();
        assertThat(marker.get("data").get(0).get("x").asDouble()).isCloseTo(167.6381, within(1e-9));
        assertThat(breakEven.crossovers()).isNotEmpty().allSatisfy(c -> assertThat(c).contains(" is cheaper than ").endsWith("GB/hour ingested"));
        assertThat(datasets.get(0).get("label").asText()).isEqualTo("MSK Standard");
        assertThat(datasets.get(0).has("marker")).as("a curve is not a marker").isFalse();
    }

    @Test
    void the_cost_chart_stacks_each_options_line_items_by_kind() throws Exception {
        PlanResult result = read(workload());
        JsonNode chart = Json.mapper().readTree(result.costChartJson());
        OptionView overall = result.overall().option();

        assertThat(chart.get("kind").asText()).isEqualTo("stacked-cost");
        assertThat(chart.get("labels").get(0).asText()).isEqualTo("12 \u00D7 express.m7g.large");
        BigDecimal stacked = BigDecimal.ZERO;
        for (JsonNode set : chart.get("datasets")) {
            stacked = stacked.add(set.get("data").get(0).decimalValue());
        }
        // the segments of a bar are the bill's lines, each rounded to cents (the bill's total, $9,245.83, is rounded
        // once from the unrounded lines, so the segments may add up a cent apart from it)
        BigDecimal lines = overall.option().lineItems().stream().map(l -> l.monthlyUsd()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(stacked).isEqualByComparingTo(lines);
    }

    @Test
    void a_curve_is_interpolated_between_its_samples_and_not_beyond_them() {
        List<BreakEvenChart.Point> points = List.of(new BreakEvenChart.Point(100, 6600), new BreakEvenChart.Point(200, 12600));

        // halfway between (100, 6600) and (200, 12600)
        assertThat(BreakEvenChart.interpolate(points, 150).getAsDouble()).isCloseTo(9600, within(1e-9));
        assertThat(BreakEvenChart.interpolate(points, 250)).isEmpty();
    }

    @Test
    void an_answer_without_the_decision_matrix_shows_no_comparison_ranking_or_curves() {
        PlanRequest request = workload();

        PlanResult result = PlanResults.of(SERVICE.sizingOnly(request), request, API);

        assertThat(result.comparison()).isEmpty();
        assertThat(result.ranking().present()).isFalse();
        assertThat(result.hasBreakEven()).isFalse();
    }

    @Test
    void every_assumption_is_shown_by_its_api_name_with_nested_factors_flattened() {
        List<Step> assumptions = read(workload()).assumptions();

        assertThat(assumptions).contains(new Step("writeMBpsPerPartition", "12"), new Step("storageIoFactor.inUse", "6.5"),
                new Step("useMaxPartitions", "false"), new Step("brokerQuota", "60"));
    }

    @Test
    void given_partitions_are_shown_as_given_with_what_the_formula_would_say() {
        PartitionsView partitions = read(workload("partitions", "100")).partitions();

        assertThat(partitions.steps()).contains(new Step("Recommended", "100, as given in the request (the formula gives max(10, 3, 24, 3) = 24)"));
    }

    @Test
    void the_formula_result_is_rounded_up_to_a_multiple_of_the_consumer_parallelism() {
        // 360 MB/s / 12 = 30 partitions by ingress, rounded up to a multiple of 24 consumers
        PartitionsView partitions = read(workload("avgIngressMBps", "100", "peakIngressMBps", "360")).partitions();

        assertThat(partitions.steps()).contains(new Step("Recommended", "max(30, 8, 24, 3) = 30, rounded up to a multiple of 24 = 48"));
    }
}
