package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PiecewiseCostTest {

    /** Segments with steps, gaps and zero-width points between 0 and about 100 GB/hour. */
    private static PiecewiseCost randomCurve(Random random) {
        List<CostSegment> segments = new ArrayList<>();
        double x = random.nextDouble() * 5;
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            double width = random.nextInt(6) == 0 ? 0 : random.nextDouble() * 5;
            segments.add(new CostSegment(x, x + width, random.nextDouble() * 1000, random.nextDouble() * 1000, i));
            x += width;
            if (random.nextInt(4) == 0) {
                x += random.nextDouble() * 3; // a gap where the deployment does not fit
            }
        }
        return new PiecewiseCost("random", segments);
    }

    @Test
    void a_cursor_reads_the_same_cost_as_at_wherever_and_in_whatever_order_it_is_asked() {
        Random random = new Random(20261204);
        for (int curve = 0; curve < 300; curve++) {
            PiecewiseCost c = randomCurve(random);
            PiecewiseCost.Cursor cursor = c.cursor();
            List<Double> points = new ArrayList<>();
            for (CostSegment s : c.segments()) {
                points.add(s.fromGBPerHour());
                points.add(s.toGBPerHour());
            }
            for (int i = 0; i < 100; i++) {
                points.add(random.nextDouble() * 120 - 5);
            }
            // mostly ascending, as the runner-up margins read it, with jumps back
            points.sort(null);
            for (int i = 0; i < points.size(); i += 1 + random.nextInt(5)) {
                double x = random.nextInt(10) == 0 ? points.get(random.nextInt(points.size())) : points.get(i);
                assertReadsAsAt(c, cursor, x, curve);
            }
        }
    }

    @Test
    void a_cursor_reads_both_sides_of_every_breakpoint_above_then_below_as_at_does() {
        // the margins read x + nudge, then the next point's x - nudge, which is often one segment behind
        Random random = new Random(20261205);
        for (int curve = 0; curve < 300; curve++) {
            PiecewiseCost c = randomCurve(random);
            PiecewiseCost.Cursor cursor = c.cursor();
            for (CostSegment s : c.segments()) {
                for (double x : new double[] {s.fromGBPerHour() + 1e-9, s.fromGBPerHour() - 1e-9, s.toGBPerHour() + 1e-9,
                        s.toGBPerHour(), s.toGBPerHour() - 1e-9}) {
                    assertReadsAsAt(c, cursor, x, curve);
                }
            }
        }
    }

    private static void assertReadsAsAt(PiecewiseCost c, PiecewiseCost.Cursor cursor, double x, int curve) {
        OptionalDouble expected = c.at(x);
        double read = cursor.usdAt(x);
        if (expected.isPresent()) {
            assertThat(read).as("curve %d at %s", curve, x).isEqualTo(expected.getAsDouble());
        } else {
            assertThat(read).as("curve %d at %s, where it does not fit", curve, x).isNaN();
        }
    }

    @Test
    void at_a_step_the_cost_is_the_one_just_above_it() {
        PiecewiseCost c = new PiecewiseCost("step", List.of(new CostSegment(0, 1, 10, 20, 1), new CostSegment(1, 2, 50, 60, 2)));
        assertThat(c.at(1)).hasValue(50);
        assertThat(c.cursor().usdAt(1)).isEqualTo(50);
        assertThat(c.cursor().usdAt(2.5)).isNaN();
    }
}
