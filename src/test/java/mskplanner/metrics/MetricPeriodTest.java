package mskplanner.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mskplanner.engine.limits.Limits;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricPeriodTest {
    private static final Limits.CloudWatch CW = Fixtures.bundled().limits().cloudwatch();

    @ParameterizedTest(name = "{0} days -> {1} s")
    @CsvSource({"1, 60", "14, 60", "15, 60", "16, 300", "63, 300", "64, 3600", "455, 3600"})
    void the_finest_period_cloudwatch_still_keeps_is_chosen(int days, int period) {
        assertThat(MetricPeriod.choose(days, CW)).isEqualTo(period);
    }

    @Test
    void a_coarser_multiple_may_be_asked_for() {
        assertThat(MetricPeriod.validate(600, 30, CW)).isEqualTo(600);
    }

    @Test
    void a_period_finer_than_the_retention_allows_is_refused() {
        assertThatThrownBy(() -> MetricPeriod.validate(60, 30, CW)).hasMessage("--period = 60 is not allowed: a multiple "
                + "of 300 s for a 30-day window (CloudWatch keeps 60 s data 15 days, 300 s data 63 days, 3600 s data 455 days)");
    }

    @Test
    void a_period_that_is_not_a_whole_minute_is_refused() {
        assertThatThrownBy(() -> MetricPeriod.validate(90, 7, CW)).hasMessageStartingWith("--period = 90 is not allowed: a multiple of 60 s");
    }

    @Test
    void history_older_than_cloudwatch_keeps_is_refused() {
        assertThatThrownBy(() -> MetricPeriod.choose(456, CW))
                .hasMessage("--days = 456 is not allowed: 1 to 455 (CloudWatch keeps hourly data 455 days)");
    }
}
