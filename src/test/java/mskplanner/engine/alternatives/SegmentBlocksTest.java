package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a walk may pass a run of a fine staircase, on hand-made curves whose bounds are read off by eye. */
class SegmentBlocksTest {
    /** 40 flat steps of one GB/hour: $100 from 0 to 1, $101 from 1 to 2, ... $139 from 39 to 40. */
    private static final CostSegment[] STAIRS = stairs();
    private static final SegmentBlocks BLOCKS = SegmentBlocks.of(STAIRS);

    private static CostSegment[] stairs() {
        List<CostSegment> segments = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            segments.add(new CostSegment(i, i + 1, 100 + i, 100 + i, i));
        }
        return segments.toArray(new CostSegment[0]);
    }

    private static CostSegment[] line(double from, double to, double fromUsd, double toUsd) {
        return new CostSegment[] {new CostSegment(from, to, fromUsd, toUsd, 0)};
    }

    @Test
    void a_run_with_the_other_curve_below_all_of_it_is_passed_to_its_end() {
        // runs of 16: steps 0-15 span 0 to 16 ($100 to $115), steps 16-31 span 16 to 32 ($116 to $131)
        assertThat(BLOCKS.passableTo(0, 0, line(0, 40, 50, 50), 0, 1)).isEqualTo(16.0);
        assertThat(BLOCKS.passableTo(16, 16, line(0, 40, 50, 50), 0, 1)).isEqualTo(32.0);
    }

    @Test
    void a_run_with_the_other_curve_above_all_of_it_is_passed_only_when_the_run_is_the_cheaper() {
        assertThat(BLOCKS.passableTo(0, 0, line(0, 40, 200, 200), 0, -1)).isEqualTo(16.0);
        assertThat(BLOCKS.passableTo(0, 0, line(0, 40, 200, 200), 0, 1)).isNaN();
        assertThat(BLOCKS.passableTo(0, 0, line(0, 40, 50, 50), 0, -1)).isNaN();
    }

    @Test
    void a_line_that_reaches_into_the_runs_bounds_stops_the_pass() {
        // $90 at 0 rising $0.75 per GB/hour: $102 at 16, above the run's lowest step of $100
        assertThat(BLOCKS.passableTo(0, 0, line(0, 40, 90, 120), 0, 1)).isNaN();
        // $101 at 16 from below: above the $100 step, below the $115 one, so the order changes inside
        assertThat(BLOCKS.passableTo(0, 0, line(0, 16, 99, 101), 0, 1)).isNaN();
    }

    @Test
    void a_line_within_the_tie_of_the_runs_lowest_step_does_not_count_as_clear_of_it() {
        // 10^-9 below $100 is a tie for the walk (Envelope.TIE): the run is not passed on it
        assertThat(BLOCKS.passableTo(0, 0, line(0, 40, 100 - 1e-7, 100 - 1e-7), 0, 1)).isNaN();
        assertThat(BLOCKS.passableTo(0, 0, line(0, 40, 100 - 1e-5, 100 - 1e-5), 0, 1)).isEqualTo(16.0);
    }

    @Test
    void the_other_curve_must_fit_to_the_runs_end() {
        // it stops fitting at 10, inside the run: the walk's comparison ends there, which a pass would skip
        assertThat(BLOCKS.passableTo(0, 0, line(0, 10, 50, 50), 0, 1)).isNaN();
        // two pieces with a gap from 6 to 8, both below and reaching the end: the order is the same on both sides
        CostSegment[] twoPieces = {new CostSegment(0, 6, 50, 50, 0), new CostSegment(8, 40, 60, 60, 1)};
        assertThat(BLOCKS.passableTo(0, 0, twoPieces, 0, 1)).isEqualTo(16.0);
    }

    @Test
    void a_run_that_costs_nothing_somewhere_is_not_bounded_relative_to_its_cost() {
        // the clearance is a fraction of the run's cost, which says nothing at $0: such a run is walked step by step
        CostSegment[] fromZero = new CostSegment[32];
        for (int i = 0; i < 32; i++) {
            fromZero[i] = new CostSegment(i, i + 1, i, i, i);
        }
        assertThat(SegmentBlocks.of(fromZero).passableTo(0, 0, line(0, 40, -1, -1), 0, 1)).isNaN();
        assertThat(SegmentBlocks.of(fromZero).passableTo(16, 16, line(0, 40, 1, 1), 0, 1)).isEqualTo(32.0);
    }

    @Test
    void only_a_walk_at_the_start_of_a_run_may_pass_it() {
        assertThat(BLOCKS.passableTo(3, 3, line(0, 40, 50, 50), 0, 1)).isNaN();
        assertThat(BLOCKS.passableTo(0, 0.5, line(0, 40, 50, 50), 0, 1)).isNaN();
    }

    @Test
    void a_curve_of_fewer_than_two_runs_has_no_bounds() {
        assertThat(SegmentBlocks.of(java.util.Arrays.copyOf(STAIRS, 31))).isNull();
        assertThat(SegmentBlocks.of(java.util.Arrays.copyOf(STAIRS, 32))).isNotNull();
    }
}
