package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Piecewise costs from a cost function priced a few times per step. */
class CostSegmenterTest {
    /** 3 brokers per 10 GB/hour started, $100 a broker, plus $2 per GB/hour; nothing fits above 30. */
    private final AtomicInteger prices = new AtomicInteger();
    private final CostSegmenter.Pricing brokers = x -> {
        prices.incrementAndGet();
        if (x > 30) {
            return Optional.empty();
        }
        int n = 3 * (int) Math.ceil(x / 10);
        return Optional.of(new CostSegmenter.Priced(n * 100 + 2 * x, n));
    };

    @Test
    void with_the_steps_given_each_segment_is_the_line_between_them_priced_twice() {
        List<CostSegment> segments = CostSegmenter.segments(brokers, 0, 30, new double[] {10, 20}, false);

        // 300 + 2x on (0, 10], 600 + 2x on (10, 20], 900 + 2x on (20, 30]
        assertThat(segments).hasSize(3);
        assertThat(segments.get(1).fromUsd()).isCloseTo(620, within(1e-6));
        assertThat(segments.get(1).toUsd()).isCloseTo(640, within(1e-6));
        assertThat(segments).extracting(CostSegment::tag).containsExactly(3, 6, 9);
        assertThat(prices.get()).isEqualTo(6);
    }

    @Test
    void a_step_not_given_is_found_from_the_state_by_bisection() {
        List<CostSegment> segments = CostSegmenter.segments(brokers, 0, 30, new double[0], false);

        assertThat(segments).hasSize(3);
        assertThat(segments.get(0).toGBPerHour()).isCloseTo(10, within(1e-9));
        assertThat(segments.get(2).fromGBPerHour()).isCloseTo(20, within(1e-9));
        assertThat(segments.get(2).at(25)).isCloseTo(950, within(1e-6));
    }

    @Test
    void where_it_stops_fitting_the_curve_ends() {
        List<CostSegment> segments = CostSegmenter.segments(brokers, 0, 40, new double[] {10, 20}, false);

        assertThat(segments.get(segments.size() - 1).toGBPerHour()).isCloseTo(30, within(1e-9));
    }

    @Test
    void multiples_of_a_step_of_a_demand_proportional_to_ingress() {
        // demand 2 at x0 = 1: demand reaches 5 k at x = 2.5 k
        assertThat(CostSegmenter.multiplesOf(5, 2, 1, 12, 100)).containsExactly(2.5, 5, 7.5, 10);
        assertThat(CostSegmenter.multiplesOf(5, 2, 1, 12, 2)).containsExactly(2.5, 5);
        assertThat(CostSegmenter.multiplesOf(5, 0, 1, 12, 100)).isEmpty();
    }
}
