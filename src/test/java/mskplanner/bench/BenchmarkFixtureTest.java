package mskplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.metrics.demo.DemoHistory;
import org.junit.jupiter.api.Test;

/** The benchmark measures what docs/benchmarks.md claims it measures. */
class BenchmarkFixtureTest {
    @Test
    void the_benchmark_history_holds_about_3_9_million_points() {
        var h = DemoHistory.generate(42, RightsizeBenchmark.BROKERS, RightsizeBenchmark.DAYS,
                Instant.parse("2026-11-25T00:00:00Z"), DemoHistory.PERIOD_SECONDS);
        long points = h.series().stream().mapToLong(MetricSeries::size).sum();
        // 30 brokers x 6 metrics x 15 x 1,440 minutes, less broker 4's 180-minute gap in each of its 6 metrics
        assertThat(h.series()).hasSize(180);
        assertThat(points).isEqualTo(30L * 6 * 15 * 1440 - 6 * 180);
    }

    @Test
    void the_batch_benchmark_plans_10000_valid_profiles() throws Exception {
        var result = new mskplanner.app.plan.batch.PlanBatch(new mskplanner.app.plan.PlanService(mskplanner.testing.Fixtures.bundled()))
                .run(mskplanner.app.plan.batch.BatchReader.read(BatchProfiles.csv(PlanBatchBenchmark.PROFILES, 42)));
        assertThat(result.rows()).hasSize(10_000);
        assertThat(result.failures()).isEmpty();
    }
}
