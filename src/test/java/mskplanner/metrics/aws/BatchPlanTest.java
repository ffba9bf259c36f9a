package mskplanner.metrics.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batching arithmetic, hand-computed. A Standard broker is 5 units: its CPU (CpuUser and CpuSystem hidden plus
 * the expression: 3 queries, 2 metrics, 1 series) and BytesIn, BytesOut, PartitionCount, disk (1 query, 1 metric,
 * 1 series each): 7 queries, 6 metrics billed, 5 series.
 */
class BatchPlanTest {
    private static final int MAX_QUERIES = 500;
    private static final int MAX_POINTS = 100_800;
    private static final BatchPlan.Unit CPU = new BatchPlan.Unit(3, 2, 1);
    private static final BatchPlan.Unit METRIC = new BatchPlan.Unit(1, 1, 1);

    private static List<BatchPlan.Unit> brokers(int n) {
        List<BatchPlan.Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.addAll(List.of(CPU, METRIC, METRIC, METRIC, METRIC));
        }
        return units;
    }

    @Test
    void three_clusters_of_six_brokers_over_14_days_at_one_hour_are_one_call() {
        // 14 days x 24 = 336 points per series; 3 x 6 brokers = 18 brokers: 126 queries, 90 series, 108 metrics.
        // 90 x 336 = 30,240 points <= 100,800 and 126 <= 500: one request, one page, each metric billed once.
        BatchPlan plan = BatchPlan.of(brokers(18), 336, MAX_QUERIES, MAX_POINTS);
        assertThat(plan.requests()).singleElement().satisfies(r -> {
            assertThat(r.queries()).isEqualTo(126);
            assertThat(r.metrics()).isEqualTo(108);
            assertThat(r.points()).isEqualTo(30_240);
            assertThat(r.pages()).isEqualTo(1);
        });
        assertThat(plan.calls()).isEqualTo(1);
        assertThat(plan.metricsBilled()).isEqualTo(108);
    }

    @Test
    void at_one_minute_each_answer_holds_five_series_of_14_days_so_each_broker_is_one_call() {
        // 14 days x 1,440 = 20,160 points per series; 100,800 / 20,160 = 5 series per answer = one broker.
        // 18 requests of 7 queries and 100,800 points, one page each: 18 calls, 18 x 6 = 108 metrics billed.
        // (One request per cluster, as before, would be 30 x 20,160 = 604,800 points = 6 pages x 36 metrics = 216
        // metrics per cluster, 648 for the three.)
        BatchPlan plan = BatchPlan.of(brokers(18), 20_160, MAX_QUERIES, MAX_POINTS);
        assertThat(plan.requests()).hasSize(18).allSatisfy(r -> {
            assertThat(r.queries()).isEqualTo(7);
            assertThat(r.points()).isEqualTo(100_800);
            assertThat(r.pages()).isEqualTo(1);
        });
        assertThat(plan.calls()).isEqualTo(18);
        assertThat(plan.metricsBilled()).isEqualTo(108);
        assertThat(plan.points()).isEqualTo(90 * 20_160);
    }

    @Test
    void a_request_stops_at_500_queries_and_the_cpu_expression_stays_with_its_parts() {
        // 1 hour at 1 minute = 60 points: the answer is no limit (1,680 series fit), the queries are.
        // 72 brokers x 7 = 504 queries: 71 brokers (497) + the next CPU unit (3) = 500, then its 4 metrics.
        BatchPlan plan = BatchPlan.of(brokers(72), 60, MAX_QUERIES, MAX_POINTS);
        assertThat(plan.requests()).extracting(BatchPlan.Request::queries).containsExactly(500, 4);
        // Series: 71 x 5 + 1 = 356 x 60 points = 21,360; metrics 71 x 6 + 2 = 428, then 4: 432 = 72 x 6.
        assertThat(plan.requests().get(0).points()).isEqualTo(21_360);
        assertThat(plan.requests()).extracting(BatchPlan.Request::metrics).containsExactly(428, 4);
        assertThat(plan.requests().get(1).from()).isEqualTo(71 * 5 + 1);
    }

    @Test
    void at_15_days_of_one_minute_four_series_fill_an_answer_and_brokers_split_across_calls() {
        // 15 x 1,440 = 21,600 points: 4 series = 86,400 fit, 5 = 108,000 do not. 6 brokers = 30 series / 4 = 7.5:
        // 8 requests of one page; every metric still billed once: 36.
        BatchPlan plan = BatchPlan.of(brokers(6), 21_600, MAX_QUERIES, MAX_POINTS);
        assertThat(plan.requests()).hasSize(8).allSatisfy(r -> assertThat(r.pages()).isEqualTo(1));
        assertThat(plan.requests()).extracting(BatchPlan.Request::points)
                .containsExactly(86_400L, 86_400L, 86_400L, 86_400L, 86_400L, 86_400L, 86_400L, 43_200L);
        assertThat(plan.metricsBilled()).isEqualTo(36);
    }

    @Test
    void a_series_longer_than_one_answer_is_sent_alone_and_paged() {
        // 2,500 points against answers of 1,000: each series alone, ceil(2,500 / 1,000) = 3 pages, billed 3 times.
        BatchPlan plan = BatchPlan.of(List.of(METRIC, METRIC), 2_500, MAX_QUERIES, 1_000);
        assertThat(plan.requests()).extracting(BatchPlan.Request::pages).containsExactly(3, 3);
        assertThat(plan.calls()).isEqualTo(6);
        assertThat(plan.metricsBilled()).isEqualTo(6);
    }

    @Test
    void no_units_need_no_call() {
        BatchPlan plan = BatchPlan.of(List.of(), 1_440, MAX_QUERIES, MAX_POINTS);
        assertThat(plan.requests()).isEmpty();
        assertThat(plan.calls()).isZero();
    }

    @Test
    void a_unit_must_have_a_query_and_no_more_metrics_than_queries() {
        assertThatThrownBy(() -> new BatchPlan.Unit(1, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a unit needs 1+ queries, 0..queries metrics and returned series, was 1/2/1");
    }
}
