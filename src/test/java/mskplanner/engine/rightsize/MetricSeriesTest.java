package mskplanner.engine.rightsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;

class MetricSeriesTest {
    @Test
    void newest_first_points_are_sorted_oldest_first_with_their_values() {
        MetricSeries s = new MetricSeries("BytesInPerSec", "1",
                List.of(Instant.ofEpochSecond(180), Instant.ofEpochSecond(60), Instant.ofEpochSecond(120)), new double[] {3, 1, 2});
        assertThat(s.timestamps()).containsExactly(Instant.ofEpochSecond(60), Instant.ofEpochSecond(120), Instant.ofEpochSecond(180));
        assertThat(s.values()).containsExactly(1, 2, 3);
    }

    @Test
    void timestamps_are_stored_as_epoch_seconds() {
        MetricSeries s = MetricSeries.of(MskMetric.CPU, "2", new long[] {60, 120}, new double[] {5, 6});
        assertThat(s.timestamps()).isInstanceOf(EpochSeconds.class);
        assertThat(s.epochSecond(1)).isEqualTo(120);
        assertThat(s.metric()).isEqualTo("CpuUser+CpuSystem");
    }

    @Test
    void the_values_cannot_be_changed_from_outside() {
        double[] values = {1, 2};
        MetricSeries s = MetricSeries.of(MskMetric.CPU, "1", new long[] {60, 120}, values);
        values[0] = 99;
        s.values()[1] = 99;
        assertThat(s.values()).containsExactly(1, 2);
    }

    @Test
    void a_value_per_timestamp_is_required() {
        assertThatThrownBy(() -> MetricSeries.of(MskMetric.BYTES_IN, "1", new long[] {60}, new double[] {1, 2}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("BytesInPerSec[1].values = 2 values is not allowed: one value per timestamp (1 timestamps)");
    }

    @Test
    void the_same_timestamp_twice_is_refused() {
        assertThatThrownBy(() -> MetricSeries.of(MskMetric.BYTES_IN, "1", new long[] {60, 60}, new double[] {1, 2}))
                .hasMessage("BytesInPerSec[1].timestamps = 1970-01-01T00:01:00Z is not allowed: each timestamp once");
    }

    @Test
    void not_a_number_is_refused() {
        assertThatThrownBy(() -> MetricSeries.of(MskMetric.BYTES_IN, "1", new long[] {60}, new double[] {Double.NaN}))
                .hasMessage("BytesInPerSec[1].values = NaN is not allowed: finite numbers");
    }

    @Test
    void equal_content_makes_equal_series() {
        assertThat(MetricSeries.of(MskMetric.CPU, "1", new long[] {60}, new double[] {1}))
                .isEqualTo(MetricSeries.of(MskMetric.CPU, "1", new long[] {60}, new double[] {1}))
                .isNotEqualTo(MetricSeries.of(MskMetric.CPU, "1", new long[] {60}, new double[] {2}));
    }
}
