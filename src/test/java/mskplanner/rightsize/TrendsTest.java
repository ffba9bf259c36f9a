package mskplanner.rightsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.rightsize.Crossing;
import mskplanner.engine.rightsize.DailyValue;
import mskplanner.engine.rightsize.Trend;
import mskplanner.engine.rightsize.Window;
import org.junit.jupiter.api.Test;

class TrendsTest {
    private static final LocalDate DAY0 = LocalDate.of(2026, 11, 1);

    /** 40, 42, ... 52 over a week: a perfect line, 2 per day from 40. */
    private static Trend rising() {
        return rising(7);
    }

    private static Trend rising(int days) {
        return Trends.fit("CPU", "%", java.util.stream.IntStream.range(0, days)
                .mapToObj(x -> new DailyValue(DAY0.plusDays(x), 40 + 2 * x)).toList());
    }

    @Test
    void a_line_through_daily_values_has_its_slope_and_r_squared() {
        Trend.Fit fit = rising().fit().orElseThrow();
        assertThat(fit.slopePerDay()).isCloseTo(2, within(1e-9));
        assertThat(fit.intercept()).isCloseTo(40, within(1e-9));
        assertThat(fit.rSquared()).isCloseTo(1, within(1e-9));
    }

    @Test
    void noisy_days_lower_r_squared() {
        // x = 0..3, y = 1, 3, 2, 4: Sxy = 4, Sxx = 5 -> slope 0.8; explained 0.8^2 x 5 = 3.2 of SStot 5 -> R^2 = 0.64
        Trend t = Trends.fit("CPU", "%", List.of(new DailyValue(DAY0, 1), new DailyValue(DAY0.plusDays(1), 3),
                new DailyValue(DAY0.plusDays(2), 2), new DailyValue(DAY0.plusDays(3), 4)));
        assertThat(t.fit().orElseThrow().slopePerDay()).isCloseTo(0.8, within(1e-9));
        assertThat(t.fit().orElseThrow().rSquared()).isCloseTo(0.64, within(1e-9));
    }

    @Test
    void the_crossing_day_is_where_the_line_reaches_the_threshold() {
        // 40 + 2 x = 60 -> x = 10 days after the first day
        Crossing c = Trends.crossing(rising(), "CPU alarm", 60, 0.5);
        assertThat(c.status()).isEqualTo(Crossing.Status.CROSSES);
        assertThat(c.date()).contains(DAY0.plusDays(10));
        assertThat(c.weakTrend()).isFalse();
    }

    @Test
    void a_nearly_flat_line_crosses_not_within_a_year_instead_of_beyond_the_calendar() {
        // slope 1e-12 per day from 40: reaching 60 takes 2e13 days, far past the last LocalDate
        Trend flat = Trends.fit("CPU", "%", java.util.stream.IntStream.range(0, 8)
                .mapToObj(x -> new DailyValue(DAY0.plusDays(x), 40 + 1e-12 * x)).toList());
        Crossing c = Trends.crossing(flat, "CPU alarm", 60, 0.0);
        assertThat(c.status()).isEqualTo(Crossing.Status.NOT_WITHIN_A_YEAR);
        assertThat(c.date()).isEmpty();
    }

    @Test
    void a_line_already_above_the_threshold_says_so() {
        Crossing c = Trends.crossing(rising(), "low limit", 45, 0.5);
        assertThat(c.status()).isEqualTo(Crossing.Status.ALREADY_ABOVE);
        assertThat(c.date()).contains(DAY0.plusDays(6));
    }

    @Test
    void a_falling_line_never_crosses() {
        Trend falling = Trends.fit("CPU", "%", List.of(new DailyValue(DAY0, 50), new DailyValue(DAY0.plusDays(1), 48),
                new DailyValue(DAY0.plusDays(2), 46)));
        assertThat(Trends.crossing(falling, "CPU alarm", 60, 0.5).status()).isEqualTo(Crossing.Status.NOT_RISING);
    }

    @Test
    void a_crossing_more_than_a_year_out_is_not_dated() {
        // 40 + 2 x = 1000 -> 480 days
        assertThat(Trends.crossing(rising(), "far", 1000, 0.5).status()).isEqualTo(Crossing.Status.NOT_WITHIN_A_YEAR);
    }

    @Test
    void two_days_are_too_few_for_a_trend() {
        Trend t = Trends.fit("CPU", "%", List.of(new DailyValue(DAY0, 1), new DailyValue(DAY0.plusDays(1), 2)));
        assertThat(t.fit()).isEmpty();
        assertThat(Trends.crossing(t, "CPU alarm", 60, 0.5))
                .isEqualTo(new Crossing("CPU", "CPU alarm", 60, "%", Crossing.Status.NO_TREND, Optional.empty(), false));
    }

    @Test
    void the_growth_factor_compares_the_line_at_the_horizon_with_the_last_day() {
        // last day x = 6: 52; 30 days later x = 36: 40 + 72 = 112 -> 112 / 52
        assertThat(Trends.growthFactor(rising(), 30, 0.5)).isCloseTo(112 / 52d, within(1e-9));
    }

    @Test
    void less_than_a_week_of_days_is_too_short_to_forecast_with() {
        // a weekly cycle would read as growth or decline
        assertThat(Trends.growthFactor(rising(6), 30, 0.5)).isEqualTo(1);
        assertThat(Trends.crossing(rising(6), "CPU alarm", 60, 0.5).weakTrend()).isTrue();
    }

    @Test
    void a_weak_trend_does_not_raise_the_forecast() {
        assertThat(Trends.growthFactor(rising(), 30, 1.01)).isEqualTo(1);
    }

    @Test
    void daily_p95_takes_each_utc_day_with_enough_points() {
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        Window w = new Window(start, start.plus(Duration.ofDays(2)).plusSeconds(3600), 3600);
        double[] slots = new double[49];
        for (int h = 0; h < 49; h++) {
            slots[h] = h < 24 ? h + 1 : 100;
        }
        List<DailyValue> days = Trends.dailyP95(slots, w);
        // day 1: values 1..24, h = 23 x 0.95 = 21.85 -> 22 + 0.85 = 22.85; day 2: all 100; day 3: 1 of 24 hours, dropped
        assertThat(days).hasSize(2);
        assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(days.get(0).value()).isCloseTo(22.85, within(1e-9));
        assertThat(days.get(1).value()).isCloseTo(100, within(1e-9));
    }
}
