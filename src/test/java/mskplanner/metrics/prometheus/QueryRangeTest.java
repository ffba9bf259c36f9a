package mskplanner.metrics.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryRangeTest {
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    private static Window days(int days, int step) {
        return new Window(START, START.plusSeconds(86_400L * days), step);
    }

    @ParameterizedTest
    @CsvSource({"1, 60", "15, 60", "16, 300", "63, 300", "64, 3600", "455, 3600"})
    void the_default_step_is_cloudwatch_resolution_for_the_window(int days, int step) {
        assertThat(QueryRange.defaultStepSeconds(days)).isEqualTo(step);
    }

    @Test
    void a_week_at_one_minute_fits_one_request() {
        // 7 x 1,440 = 10,080 points <= 11,000
        List<QueryRange.Chunk> chunks = QueryRange.chunks(days(7, 60));
        assertThat(chunks).containsExactly(new QueryRange.Chunk(START, START.plusSeconds(60L * 10_079), 60));
        assertThat(chunks.get(0).points()).isEqualTo(10_080);
    }

    @Test
    void fourteen_days_at_one_minute_is_two_requests_that_neither_overlap_nor_leave_a_gap() {
        // 14 x 1,440 = 20,160 points = 11,000 + 9,160
        List<QueryRange.Chunk> chunks = QueryRange.chunks(days(14, 60));
        assertThat(chunks).extracting(QueryRange.Chunk::points).containsExactly(11_000, 9_160);
        assertThat(chunks.get(0).start()).isEqualTo(START);
        assertThat(chunks.get(1).start()).isEqualTo(chunks.get(0).end().plusSeconds(60));
        // The last point is one step before the window's (exclusive) end.
        assertThat(chunks.get(1).end()).isEqualTo(START.plusSeconds(14 * 86_400L - 60));
    }

    @Test
    void no_request_exceeds_what_prometheus_accepts() {
        // Prometheus refuses (end - start) / step > 11,000; every chunk spans at most 10,999 steps.
        for (QueryRange.Chunk c : QueryRange.chunks(days(455, 60))) {
            long steps = (c.end().getEpochSecond() - c.start().getEpochSecond()) / c.stepSeconds();
            assertThat(steps).isLessThanOrEqualTo(10_999);
        }
        // 455 x 1,440 = 655,200 points = 59 full chunks + 6,200
        assertThat(QueryRange.chunks(days(455, 60))).hasSize(60);
    }

    @Test
    void exactly_eleven_thousand_points_is_one_request() {
        Window w = new Window(START, START.plusSeconds(11_000L * 60), 60);
        assertThat(QueryRange.chunks(w)).extracting(QueryRange.Chunk::points).containsExactly(11_000);
        Window oneMore = new Window(START, START.plusSeconds(11_001L * 60), 60);
        assertThat(QueryRange.chunks(oneMore)).extracting(QueryRange.Chunk::points).containsExactly(11_000, 1);
    }

    @Test
    void a_requested_step_replaces_the_default() {
        assertThat(QueryRange.step(15, 2)).isEqualTo(15);
        assertThat(QueryRange.step(null, 30)).isEqualTo(300);
    }

    @Test
    void a_step_below_ten_seconds_is_refused_naming_the_flag() {
        assertThatThrownBy(() -> QueryRange.step(5, 2)).isInstanceOf(InvalidInputException.class)
                .hasMessage("--period = 5 is not allowed: a Prometheus step of 10 to 86400 seconds (default 60 s for 2 days)");
    }

    @Test
    void days_outside_ten_years_are_refused() {
        assertThatThrownBy(() -> QueryRange.defaultStepSeconds(0)).hasMessage("--days = 0 is not allowed: 1 to 3650 days of Prometheus history");
    }

    @Test
    void the_rate_interval_covers_four_scrapes_or_a_step_and_a_scrape() {
        assertThat(QueryRange.rateIntervalSeconds(60)).isEqualTo(240);
        assertThat(QueryRange.rateIntervalSeconds(300)).isEqualTo(360);
    }
}
