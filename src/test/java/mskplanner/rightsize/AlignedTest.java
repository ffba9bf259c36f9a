package mskplanner.rightsize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;
import mskplanner.engine.rightsize.Window;
import org.junit.jupiter.api.Test;

class AlignedTest {
    private static final Window FOUR_MINUTES = new Window(Instant.ofEpochSecond(600), Instant.ofEpochSecond(840), 60);

    private static MetricSeries series(String broker, long[] t, double[] v) {
        return MetricSeries.of(MskMetric.BYTES_IN, broker, t, v);
    }

    @Test
    void points_land_in_their_period_and_missing_ones_are_nan() {
        double[][] rows = Aligned.align(List.of(series("1", new long[] {600, 720, 780, 900}, new double[] {1, 3, 4, 99})),
                FOUR_MINUTES, 10);
        // 900 is past the window's end (840) and is dropped; slot 1 (660) has no point
        assertThat(rows[0]).containsExactly(10, Double.NaN, 30, 40);
    }

    @Test
    void a_cluster_total_needs_every_broker_at_that_minute() {
        double[][] rows = {{1, 2, Double.NaN, 4}, {10, 20, 30, Double.NaN}};
        assertThat(Aligned.sum(rows)).containsExactly(11, 22, Double.NaN, Double.NaN);
    }

    @Test
    void the_hottest_broker_is_taken_wherever_any_broker_reported() {
        double[][] rows = {{1, 25, Double.NaN, Double.NaN}, {10, 20, 30, Double.NaN}};
        assertThat(Aligned.max(rows)).containsExactly(10, 25, 30, Double.NaN);
    }

    @Test
    void the_broker_mean_uses_the_brokers_that_reported() {
        double[][] rows = {{1, 25, Double.NaN}, {3, 15, 30}};
        assertThat(Aligned.mean(rows)).containsExactly(2, 20, 30);
    }
}
