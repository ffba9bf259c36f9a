package mskplanner.rightsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import mskplanner.engine.rightsize.SeriesStats;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void percentiles_interpolate_between_closest_ranks_like_percentile_inc() {
        SeriesStats s = Statistics.summarise(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        // sorted 1..10, n = 10, R-7 position h = (n - 1) p
        // p50: h = 4.5  -> x[4] + 0.5 (x[5] - x[4]) = 5 + 0.5 = 5.5
        // p95: h = 8.55 -> 9 + 0.55 (10 - 9) = 9.55
        // p99: h = 8.91 -> 9 + 0.91 = 9.91
        assertThat(s.p50()).isCloseTo(5.5, within(1e-9));
        assertThat(s.p95()).isCloseTo(9.55, within(1e-9));
        assertThat(s.p99()).isCloseTo(9.91, within(1e-9));
        assertThat(s.mean()).isCloseTo(5.5, within(1e-9));
        assertThat(s.max()).isCloseTo(10, within(1e-9));
    }

    @Test
    void uneven_values_give_the_spreadsheet_answer() {
        SeriesStats s = Statistics.summarise(new double[] {15, 20, 35, 40, 50});
        // n = 5: p95 h = 3.8 -> 40 + 0.8 (50 - 40) = 48; p99 h = 3.96 -> 49.6; p50 h = 2 -> 35
        assertThat(s.p95()).isCloseTo(48, within(1e-9));
        assertThat(s.p99()).isCloseTo(49.6, within(1e-9));
        assertThat(s.p50()).isCloseTo(35, within(1e-9));
        // mean = 160 / 5
        assertThat(s.mean()).isCloseTo(32, within(1e-9));
    }

    @Test
    void a_single_value_is_every_percentile() {
        assertThat(Statistics.percentile(new double[] {7.25}, 99)).isCloseTo(7.25, within(1e-9));
    }

    @Test
    void any_percentile_can_be_asked_for() {
        // PERCENTILE.INC({1,3,7,15}, 0.9): h = 3 x 0.9 = 2.7 -> 7 + 0.7 (15 - 7) = 12.6
        assertThat(Statistics.percentile(new double[] {1, 3, 7, 15}, 90)).isCloseTo(12.6, within(1e-9));
    }

    @Test
    void no_values_is_an_error() {
        assertThatThrownBy(() -> Statistics.summarise(new double[0]))
                .hasMessage("statistics need at least one value");
    }
}
