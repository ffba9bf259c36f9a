package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Crossovers, envelopes and ranges of hand-made step and line costs, where every answer is worked out by hand. */
class ExactBreakEvenTest {
    /** $100 + $10 per GB/hour from 0 to 20 GB/hour. */
    private static final PiecewiseCost LINE = new PiecewiseCost("line", List.of(new CostSegment(0, 20, 100, 300, 0)));
    /** $150 flat below 10 GB/hour, $300 flat from 10 to 20: one step. */
    private static final PiecewiseCost STEP = new PiecewiseCost("step", List.of(new CostSegment(0, 10, 150, 150, 3),
            new CostSegment(10, 20, 300, 300, 6)));

    @Test
    void a_line_and_a_step_cross_where_the_line_meets_the_flat_and_again_at_the_step() {
        List<Crossover> crossovers = ExactBreakEven.crossovers(List.of(LINE, STEP));

        // 100 + 10x = 150 at x = 5: the line is cheaper below; at 10 the step jumps from 150 to 300 over the line's 200
        assertThat(crossovers).hasSize(2);
        assertThat(crossovers.get(0)).isEqualTo(new Crossover("line", "step", 5));
        assertThat(crossovers.get(1)).isEqualTo(new Crossover("step", "line", 10));
    }

    @Test
    void the_ranges_name_the_cheapest_over_each_stretch_with_the_costs_at_its_ends() {
        List<CheapestRange> ranges = ExactBreakEven.ranges(List.of(LINE, STEP));

        assertThat(ranges).extracting(CheapestRange::cheapest).containsExactly("line", "step", "line");
        assertThat(ranges).extracting(CheapestRange::fromGBPerHour).containsExactly(0.0, 5.0, 10.0);
        assertThat(ranges).extracting(CheapestRange::toGBPerHour).containsExactly(5.0, 10.0, 20.0);
        // the line from 10 to 20: 100 + 10 x 10 = 200 to 100 + 10 x 20 = 300
        assertThat(ranges.get(2).fromUsd()).isCloseTo(200, within(1e-9));
        assertThat(ranges.get(2).toUsd()).isCloseTo(300, within(1e-9));
    }

    @Test
    void a_ranges_runner_up_is_the_most_it_costs_above_the_cheapest() {
        CheapestRange first = ExactBreakEven.ranges(List.of(LINE, STEP)).get(0);

        // from 0 to 5 the step costs 150 against the line's 100 at 0: 50% above, the most over the stretch
        assertThat(first.runnerUp()).contains("step");
        assertThat(first.runnerUpAboveFraction()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void a_gap_where_one_does_not_fit_is_no_crossover() {
        PiecewiseCost withGap = new PiecewiseCost("gap", List.of(new CostSegment(0, 8, 150, 150, 3),
                new CostSegment(12, 20, 300, 300, 6)));

        // cheaper than the line from 5 to 8 (line 180 at 8), dearer after the gap (line 220 at 12 against 300)
        assertThat(ExactBreakEven.crossovers(List.of(LINE, withGap))).containsExactly(new Crossover("line", "gap", 5));
        assertThat(ExactBreakEven.ranges(List.of(LINE, withGap))).extracting(CheapestRange::cheapest)
                .containsExactly("line", "gap", "line");
    }

    @Test
    void equal_costs_go_to_the_curve_listed_first() {
        PiecewiseCost twin = new PiecewiseCost("twin", LINE.segments());

        List<CheapestRange> ranges = ExactBreakEven.ranges(List.of(LINE, twin));

        assertThat(ranges).singleElement().satisfies(r -> {
            assertThat(r.cheapest()).isEqualTo("line");
            assertThat(r.runnerUp()).isEqualTo(Optional.of("twin"));
            assertThat(r.runnerUpAboveFraction()).isCloseTo(0, within(1e-12));
        });
        assertThat(ExactBreakEven.crossovers(List.of(LINE, twin))).isEmpty();
    }

    @Test
    void a_fallback_fills_only_where_the_primary_has_no_segment() {
        List<CostSegment> primary = List.of(new CostSegment(0, 5, 1, 1, 0), new CostSegment(8, 10, 2, 2, 0));
        List<CostSegment> fallback = List.of(new CostSegment(0, 10, 0, 10, 1));

        List<CostSegment> filled = Envelope.withFallback(primary, fallback);

        // the fallback's line (x) from 5 to 8 only
        assertThat(filled).extracting(CostSegment::fromGBPerHour).containsExactly(0.0, 5.0, 8.0);
        assertThat(filled.get(1)).isEqualTo(new CostSegment(5, 8, 5, 8, 1));
    }

    @Test
    void a_ranges_runner_up_and_margin_are_those_of_a_full_walk_of_every_curve_on_random_staircases() {
        Random random = new Random(20261205);
        int ranges = 0;
        for (int trial = 0; trial < 400; trial++) {
            List<PiecewiseCost> curves = randomCurves(2 + random.nextInt(4), random, ExactBreakEvenTest::randomStaircase);
            for (CheapestRange r : ExactBreakEven.ranges(curves)) {
                ranges++;
                Optional<String> expected = Optional.empty();
                double closest = Double.POSITIVE_INFINITY;
                double second = Double.POSITIVE_INFINITY;
                for (PiecewiseCost other : curves) {
                    if (other.deployment().equals(r.cheapest())) {
                        continue;
                    }
                    OptionalDouble above = fullWalk(other, curve(curves, r.cheapest()), r.fromGBPerHour(), r.toGBPerHour());
                    if (above.isPresent() && above.getAsDouble() < closest) {
                        second = closest;
                        closest = above.getAsDouble();
                        expected = Optional.of(other.deployment());
                    } else if (above.isPresent()) {
                        second = Math.min(second, above.getAsDouble());
                    }
                }
                assertThat(r.runnerUp().isPresent()).as("trial %d, range %s", trial, r).isEqualTo(expected.isPresent());
                if (expected.isPresent()) {
                    assertThat(r.runnerUpAboveFraction()).as("trial %d, range %s", trial, r).isCloseTo(closest, within(1e-9));
                    if (second - closest > 1e-9) {
                        assertThat(r.runnerUp()).as("trial %d, range %s", trial, r).isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(ranges).isGreaterThan(1_000);
    }

    @Test
    void the_breakpoints_of_two_curves_walked_one_at_a_time_are_every_end_of_both_ascending_and_once() {
        Random random = new Random(17);
        for (int trial = 0; trial < 500; trial++) {
            List<PiecewiseCost> curves = randomCurves(2, random, ExactBreakEvenTest::randomStaircase);
            // a curve against itself shares every end; against a random one, some ends meet where steps touch
            PiecewiseCost a = curves.get(0);
            PiecewiseCost b = trial % 5 == 0 ? a : curves.get(1);
            TreeSet<Double> ends = new TreeSet<>();
            for (PiecewiseCost c : List.of(a, b)) {
                c.segments().forEach(seg -> ends.addAll(List.of(seg.fromGBPerHour(), seg.toGBPerHour())));
            }
            List<Double> walked = new ArrayList<>();
            Envelope.PairBreakpoints xs = new Envelope.PairBreakpoints(Envelope.segments(a), Envelope.segments(b));
            for (int guard = 0; xs.hasNext() && guard <= ends.size(); guard++) {
                walked.add(xs.next());
            }
            assertThat(walked).as("trial %d", trial).containsExactlyElementsOf(ends);
        }
    }

    /** {@code count} curves named curve0, curve1, ... (a mutable list: a test may add its own). */
    private static List<PiecewiseCost> randomCurves(int count, Random random, BiFunction<String, Random, PiecewiseCost> curve) {
        List<PiecewiseCost> curves = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            curves.add(curve.apply("curve" + c, random));
        }
        return curves;
    }

    /** Up to 80 steps of random lines between 0 and about 100 GB/hour, costs $50 to $1,050, now and then a gap. */
    private static PiecewiseCost randomStaircase(String name, Random random) {
        List<CostSegment> segments = new ArrayList<>();
        double x = random.nextDouble() * 2;
        for (int i = 0; i < 1 + random.nextInt(80); i++) {
            double width = 0.05 + random.nextDouble() * 3;
            segments.add(new CostSegment(x, x + width, 50 + random.nextDouble() * 1000, 50 + random.nextDouble() * 1000, i));
            x += width;
            if (random.nextInt(15) == 0) {
                x += random.nextDouble() * 2; // a gap where the deployment does not fit
            }
        }
        return new PiecewiseCost(name, segments);
    }

    private static PiecewiseCost curve(List<PiecewiseCost> curves, String name) {
        return curves.stream().filter(c -> c.deployment().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The most {@code other} costs above {@code cheapest} on [from, to] as a fraction of the cheapest, read just
     * inside every breakpoint of both and in the middle of every stretch between them, with no early stop; empty
     * where {@code other} or {@code cheapest} does not fit.
     */
    private static OptionalDouble fullWalk(PiecewiseCost other, PiecewiseCost cheapest, double from, double to) {
        TreeSet<Double> xs = new TreeSet<>(List.of(from, to));
        for (PiecewiseCost c : List.of(other, cheapest)) {
            for (CostSegment s : c.segments()) {
                for (double x : new double[] {s.fromGBPerHour(), s.toGBPerHour()}) {
                    if (x > from && x < to) {
                        xs.add(x);
                    }
                }
            }
        }
        double nudge = (to - from) * 1e-9;
        List<Double> points = new ArrayList<>();
        Double previous = null;
        for (double x : xs) {
            points.add(Math.max(from, x - nudge));
            points.add(Math.min(to, x + nudge));
            if (previous != null) {
                points.add((previous + x) / 2);
            }
            previous = x;
        }
        double most = Double.NEGATIVE_INFINITY;
        for (double x : points) {
            OptionalDouble o = other.at(x);
            OptionalDouble c = cheapest.at(x);
            if (o.isEmpty() || c.isEmpty()) {
                return OptionalDouble.empty();
            }
            most = Math.max(most, (o.getAsDouble() - c.getAsDouble()) / Math.abs(c.getAsDouble()));
        }
        return OptionalDouble.of(most);
    }

    @Test
    void on_random_trending_staircases_there_is_one_crossover_wherever_the_cheaper_of_two_changes_and_none_elsewhere() {
        Random random = new Random(20261206);
        int crossovers = 0;
        for (int trial = 0; trial < 1_000; trial++) {
            List<PiecewiseCost> curves = randomCurves(2 + random.nextInt(3), random, ExactBreakEvenTest::randomTrend);
            List<Crossover> found = ExactBreakEven.crossovers(curves);
            for (int i = 0; i < curves.size(); i++) {
                for (int j = i + 1; j < curves.size(); j++) {
                    PiecewiseCost a = curves.get(i);
                    PiecewiseCost b = curves.get(j);
                    List<Crossover> ofPair = found.stream().filter(x -> Set.of(x.cheaper(), x.than())
                            .equals(Set.of(a.deployment(), b.deployment()))).toList();
                    assertThat(ofPair).as("trial %d, %s and %s", trial, a.deployment(), b.deployment())
                            .hasSameSizeAs(cheaperChanges(a, b));
                    List<double[]> changes = cheaperChanges(a, b);
                    for (int k = 0; k < changes.size(); k++) {
                        Crossover x = ofPair.get(k);
                        // between the last point read before the change and the first after it, named by who is cheaper above
                        assertThat(x.belowGBPerHour()).as("trial %d, crossover %s", trial, x)
                                .isBetween(changes.get(k)[0], changes.get(k)[1]);
                        assertThat(x.cheaper()).as("trial %d, crossover %s", trial, x)
                                .isEqualTo(changes.get(k)[2] < 0 ? a.deployment() : b.deployment());
                    }
                    crossovers += ofPair.size();
                }
            }
        }
        assertThat(crossovers).isGreaterThan(1_000);
    }

    /**
     * Where the cheaper of two curves changes, read in every stretch between their breakpoints (just inside each end
     * and in the middle), ascending: {the last point read before the change, the first after it, the sign of a - b
     * below it}. A point where either does not fit starts afresh; points where they tie are passed over.
     */
    private static List<double[]> cheaperChanges(PiecewiseCost a, PiecewiseCost b) {
        TreeSet<Double> breakpoints = new TreeSet<>();
        for (PiecewiseCost c : List.of(a, b)) {
            for (CostSegment s : c.segments()) {
                breakpoints.add(s.fromGBPerHour());
                breakpoints.add(s.toGBPerHour());
            }
        }
        List<Double> points = new ArrayList<>();
        Double previous = null;
        for (double x : breakpoints) {
            if (previous != null) {
                double inset = Math.min(1e-9, (x - previous) / 4);
                points.add(previous + inset);
                points.add((previous + x) / 2);
                points.add(x - inset);
            }
            previous = x;
        }
        List<double[]> changes = new ArrayList<>();
        int lastSign = 0;
        double lastAt = Double.NaN;
        for (double x : points) {
            OptionalDouble ca = a.at(x);
            OptionalDouble cb = b.at(x);
            if (ca.isEmpty() || cb.isEmpty()) {
                lastSign = 0;
                continue;
            }
            int sign = ExactBreakEven.sign(ca.getAsDouble(), cb.getAsDouble());
            if (sign == 0) {
                continue;
            }
            if (lastSign != 0 && sign != lastSign) {
                changes.add(new double[] {lastAt, x, lastSign});
            }
            lastSign = sign;
            lastAt = x;
        }
        return changes;
    }

    /**
     * A rising line with a small step at each of up to 400 segments (a shard or a broker more), now and then a gap:
     * two of them cross a few times and are far apart elsewhere, as the real curves are.
     */
    private static PiecewiseCost randomTrend(String name, Random random) {
        List<CostSegment> segments = new ArrayList<>();
        double base = random.nextDouble() * 100;
        double slope = 5 + random.nextDouble() * 10;
        double step = random.nextDouble() * 10;
        double x = random.nextDouble();
        double climbed = 0;
        for (int i = 0; i < 1 + random.nextInt(400); i++) {
            double width = random.nextInt(10) == 0 ? 0 : random.nextDouble() * 0.5;
            segments.add(new CostSegment(x, x + width, base + climbed + slope * x, base + climbed + slope * (x + width), i));
            x += width;
            climbed += step * random.nextDouble();
            if (random.nextInt(60) == 0) {
                x += random.nextDouble(); // a gap where the deployment does not fit
            }
        }
        return new PiecewiseCost(name, segments);
    }

    @Test
    void the_envelope_of_random_trending_staircases_with_a_fine_one_among_them_is_that_of_a_walk_of_every_stretch() {
        Random random = new Random(20261207);
        int segments = 0;
        for (int trial = 0; trial < 500; trial++) {
            List<PiecewiseCost> curves = randomCurves(1 + random.nextInt(4), random, ExactBreakEvenTest::randomTrend);
            // a curve of a thousand small steps, as Kinesis's shards are, somewhere among the others
            PiecewiseCost fine = fineTrend(random);
            curves.add(random.nextInt(curves.size() + 1), fine);
            if (trial % 3 == 0) {
                // one long steep line from half the fine curve's first cost to twice its last: below it, then above
                List<CostSegment> s = fine.segments();
                curves.add(new PiecewiseCost("steep", List.of(new CostSegment(s.get(0).fromGBPerHour(),
                        s.get(s.size() - 1).toGBPerHour(), s.get(0).fromUsd() / 2, 2 * s.get(s.size() - 1).toUsd(), 0))));
            }
            List<CostSegment> expected = everyStretchLowest(curves);
            List<CostSegment> found = Envelope.lowest(curves);
            // the same function with the same owner everywhere, and the owner changing at the same places (how a line
            // is split where another curve's breakpoint falls is the envelope's own business)
            PiecewiseCost f = new PiecewiseCost("found", found);
            PiecewiseCost e = new PiecewiseCost("expected", expected);
            List<Double> points = new ArrayList<>();
            for (CostSegment s : expected) {
                points.add((s.fromGBPerHour() + s.toGBPerHour()) / 2);
            }
            for (CostSegment s : found) {
                points.add((s.fromGBPerHour() + s.toGBPerHour()) / 2);
            }
            for (double x : points) {
                assertThat(f.indexAt(x) >= 0).as("trial %d at %s", trial, x).isEqualTo(e.indexAt(x) >= 0);
                if (e.indexAt(x) >= 0) {
                    assertThat(f.at(x).getAsDouble()).as("trial %d at %s", trial, x).isCloseTo(e.at(x).getAsDouble(), within(1e-6));
                    assertThat(found.get(f.indexAt(x)).tag()).as("trial %d at %s", trial, x)
                            .isEqualTo(expected.get(e.indexAt(x)).tag());
                }
            }
            assertThat(ownerChanges(found)).as("trial %d", trial).hasSameSizeAs(ownerChanges(expected));
            List<Double> changes = ownerChanges(found);
            for (int k = 0; k < changes.size(); k++) {
                assertThat(changes.get(k)).as("trial %d, change %d", trial, k).isCloseTo(ownerChanges(expected).get(k), within(1e-9));
            }
            segments += found.size();
        }
        assertThat(segments).isGreaterThan(10_000);
    }

    /**
     * 500 to 1,500 steps of a few dollars on a rising line, no gap: a shard more at each. One in four falls instead
     * (no real curve does, but the envelope must not count on it).
     */
    private static PiecewiseCost fineTrend(Random random) {
        List<CostSegment> segments = new ArrayList<>();
        double base = random.nextDouble() * 200;
        double slope = 2 + random.nextDouble() * 20;
        double step = random.nextDouble() * 5;
        if (random.nextInt(4) == 0) {
            base += 10_000;
            slope = -slope;
            step = -step;
        }
        double width = 0.01 + random.nextDouble() * 0.2;
        double x = random.nextDouble();
        int count = 500 + random.nextInt(1_000);
        for (int i = 0; i < count; i++) {
            double from = base + step * i + slope * x;
            segments.add(new CostSegment(x, x + width, from, from + slope * width, i + 1));
            x += width;
        }
        return new PiecewiseCost("fine", segments);
    }

    @Test
    void the_breakpoints_of_any_number_of_curves_are_every_segment_end_ascending_once() {
        Random random = new Random(20261206);
        for (int trial = 0; trial < 300; trial++) {
            List<PiecewiseCost> curves = randomCurves(random.nextInt(10), random, ExactBreakEvenTest::randomStaircase);
            TreeSet<Double> expected = new TreeSet<>();
            for (PiecewiseCost c : curves) {
                for (CostSegment s : c.segments()) {
                    expected.add(s.fromGBPerHour());
                    expected.add(s.toGBPerHour());
                }
            }
            assertThat(Envelope.breakpoints(curves)).as("%d curves", curves.size())
                    .containsExactly(expected.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Where an envelope's owner changes or a gap starts or ends, as {@link ExactBreakEven#ranges} cuts it. */
    private static List<Double> ownerChanges(List<CostSegment> envelope) {
        List<Double> at = new ArrayList<>();
        for (int k = 1; k < envelope.size(); k++) {
            if (envelope.get(k).tag() != envelope.get(k - 1).tag()
                    || envelope.get(k).fromGBPerHour() != envelope.get(k - 1).toGBPerHour()) {
                at.add(envelope.get(k).fromGBPerHour());
            }
        }
        return at;
    }

    /** The lower envelope read stretch by stretch, every curve's line on every stretch, written out plainly. */
    private static List<CostSegment> everyStretchLowest(List<PiecewiseCost> curves) {
        double[] xs = Envelope.breakpoints(curves);
        int[] cursor = new int[curves.size()];
        List<CostSegment> out = new ArrayList<>();
        for (int k = 1; k < xs.length; k++) {
            double a = xs[k - 1];
            double b = xs[k];
            List<CostSegment> lines = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int i = 0; i < curves.size(); i++) {
                CostSegment s = Envelope.covering(Envelope.segments(curves.get(i)), cursor, i, a, b);
                if (s != null) {
                    lines.add(s);
                    owners.add(i);
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            TreeSet<Double> cuts = new TreeSet<>(List.of(a, b));
            for (int i = 0; i < lines.size(); i++) {
                for (int j = i + 1; j < lines.size(); j++) {
                    double da = lines.get(i).at(a) - lines.get(j).at(a);
                    double db = lines.get(i).at(b) - lines.get(j).at(b);
                    if (da * db < 0) {
                        cuts.add(a + (b - a) * da / (da - db));
                    }
                }
            }
            Double from = null;
            for (double to : cuts) {
                if (from != null && to > from) {
                    double mid = (from + to) / 2;
                    int best = 0;
                    for (int i = 1; i < lines.size(); i++) {
                        double current = lines.get(best).at(mid);
                        if (lines.get(i).at(mid) < current - Envelope.TIE * Math.abs(current)) {
                            best = i;
                        }
                    }
                    CostSegment piece = lines.get(best).between(from, to, owners.get(best));
                    CostSegment last = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (last != null && last.tag() == piece.tag() && last.toGBPerHour() == from
                            && Math.abs(last.toUsd() - piece.fromUsd()) <= Envelope.TIE * Math.abs(piece.fromUsd())
                            && Math.abs(last.slope() - piece.slope()) <= Envelope.TIE * Math.max(1, Math.abs(piece.slope()))) {
                        out.set(out.size() - 1, new CostSegment(last.fromGBPerHour(), to, last.fromUsd(), piece.toUsd(), piece.tag()));
                    } else {
                        out.add(piece);
                    }
                }
                from = to;
            }
        }
        return out;
    }
}
