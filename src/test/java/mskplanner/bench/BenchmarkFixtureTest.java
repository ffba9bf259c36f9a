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
}
