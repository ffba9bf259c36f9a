package mskplanner.engine.alternatives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Section 5 of sizing-model.md solved rather than sampled: each deployment's cost is a {@link PiecewiseCost} (a
 * step wherever a broker, partition or shard count changes, a straight line between), so two deployments cross
 * either where their lines meet inside a stretch (solved as the root of a line) or at a step where the cheaper one
 * changes. A gap (one of them does not fit) is never a crossover, as in the sampled sweep: the comparison starts
 * afresh after it. The cheapest deployment at every ingress comes from the {@link Envelope}.
 */
public final class ExactBreakEven {
    private ExactBreakEven() {
    }

    /** Every crossover between pairs of {@code curves}, ascending by ingress. */
    public static List<Crossover> crossovers(List<PiecewiseCost> curves) {
        List<Crossover> found = new ArrayList<>();
        // each curve's segments and their bounds once, for every pair it is in
        CostSegment[][] segments = new CostSegment[curves.size()][];
        SegmentBlocks[] blocks = new SegmentBlocks[curves.size()];
        for (int i = 0; i < curves.size(); i++) {
            segments[i] = Envelope.segments(curves.get(i));
            blocks[i] = SegmentBlocks.of(segments[i]);
        }
        for (int i = 0; i < curves.size(); i++) {
            for (int j = i + 1; j < curves.size(); j++) {
                found.addAll(between(curves.get(i), segments[i], blocks[i], curves.get(j), segments[j], blocks[j]));
            }
        }
        found.sort(Comparator.comparingDouble(Crossover::belowGBPerHour).thenComparing(Crossover::cheaper)
                .thenComparing(Crossover::than));
        return found;
    }

    /** The crossovers of two curves: where the sign of (a - b) changes along the stretches where both fit. */
    static List<Crossover> between(PiecewiseCost a, PiecewiseCost b) {
        CostSegment[] segmentsOfA = Envelope.segments(a);
        CostSegment[] segmentsOfB = Envelope.segments(b);
        return between(a, segmentsOfA, SegmentBlocks.of(segmentsOfA), b, segmentsOfB, SegmentBlocks.of(segmentsOfB));
    }

    private static List<Crossover> between(PiecewiseCost a, CostSegment[] segmentsOfA, SegmentBlocks blocksOfA,
                                           PiecewiseCost b, CostSegment[] segmentsOfB, SegmentBlocks blocksOfB) {
        List<Crossover> found = new ArrayList<>();
        Envelope.PairBreakpoints xs = new Envelope.PairBreakpoints(segmentsOfA, segmentsOfB);
        int[] cursor = new int[2];
        int lastSign = 0;
        double from = xs.hasNext() ? xs.next() : Double.NaN;
        while (xs.hasNext()) {
            double to = xs.next();
            CostSegment la = Envelope.covering(segmentsOfA, cursor, 0, from, to);
            CostSegment lb = Envelope.covering(segmentsOfB, cursor, 1, from, to);
            if (la == null || lb == null) {
                lastSign = 0;
                from = to;
                continue;
            }
            double aFrom = la.at(from);
            double bFrom = lb.at(from);
            double aTo = la.at(to);
            double bTo = lb.at(to);
            int atFrom = sign(aFrom, bFrom);
            int atTo = sign(aTo, bTo);
            if (atFrom != 0 && lastSign != 0 && atFrom != lastSign) {
                found.add(crossover(a, b, lastSign, from));
            }
            if (atFrom != 0) {
                lastSign = atFrom;
            }
            if (atTo != 0 && lastSign != 0 && atTo != lastSign) {
                double da = aFrom - bFrom;
                double db = aTo - bTo;
                found.add(crossover(a, b, lastSign, atFrom == 0 ? from : from + (to - from) * da / (da - db)));
            }
            if (atTo != 0) {
                lastSign = atTo;
            }
            // where this stretch starts a run of one curve's steps that the other's line stays clear of, the order
            // holds to the run's end: nothing to find there, so the walk goes on from its end
            double passTo = atFrom != 0 && atTo == atFrom ? passable(blocksOfA, segmentsOfA, cursor[0], blocksOfB,
                    segmentsOfB, cursor[1], from, atFrom) : Double.NaN;
            if (passTo > to) {
                xs.skipTo(passTo);
                to = passTo;
            }
            from = to;
        }
        return found;
    }

    /** The end of a run of a's or b's segments starting at {@code x} that the other's line passes clear of, or NaN. */
    private static double passable(SegmentBlocks blocksOfA, CostSegment[] segmentsOfA, int indexOfA,
                                   SegmentBlocks blocksOfB, CostSegment[] segmentsOfB, int indexOfB, double x, int sign) {
        double end = blocksOfA != null ? blocksOfA.passableTo(indexOfA, x, segmentsOfB, indexOfB, sign) : Double.NaN;
        return end == end || blocksOfB == null ? end : blocksOfB.passableTo(indexOfB, x, segmentsOfA, indexOfA, -sign);
    }

    private static Crossover crossover(PiecewiseCost a, PiecewiseCost b, int signBelow, double x) {
        return signBelow < 0 ? new Crossover(a.deployment(), b.deployment(), x)
                : new Crossover(b.deployment(), a.deployment(), x);
    }

    /** -1 when a is cheaper, 1 when b is, 0 when they are equal within {@link Envelope#TIE}. */
    static int sign(double a, double b) {
        double d = a - b;
        return Math.abs(d) <= Envelope.TIE * Math.max(Math.abs(a), Math.abs(b)) ? 0 : d < 0 ? -1 : 1;
    }

    /** The cheapest deployment over each contiguous stretch, equal neighbours merged; none where nothing fits. */
    public static List<CheapestRange> ranges(List<PiecewiseCost> curves) {
        List<CostSegment> lowest = Envelope.lowest(curves);
        CostSegment[][] segments = new CostSegment[curves.size()][];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = Envelope.segments(curves.get(i));
        }
        List<CheapestRange> ranges = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= lowest.size(); k++) {
            boolean ends = k == lowest.size() || lowest.get(k).tag() != lowest.get(start).tag()
                    || lowest.get(k).fromGBPerHour() != lowest.get(k - 1).toGBPerHour();
            if (ends) {
                ranges.add(range(curves, segments, lowest.get(start), lowest.get(k - 1)));
                start = k;
            }
        }
        return ranges;
    }

    private static CheapestRange range(List<PiecewiseCost> curves, CostSegment[][] segments, CostSegment first,
                                       CostSegment last) {
        PiecewiseCost cheapest = curves.get(first.tag());
        double from = first.fromGBPerHour();
        double to = last.toGBPerHour();
        Optional<String> runnerUp = Optional.empty();
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < curves.size(); i++) {
            PiecewiseCost other = curves.get(i);
            if (other == cheapest) {
                continue;
            }
            OptionalDouble above = maxAbove(other.cursor(segments[i]), cheapest.cursor(segments[first.tag()]),
                    new CostSegment[][] {segments[i], segments[first.tag()]}, from, to, closest);
            if (above.isPresent() && above.getAsDouble() < closest) {
                closest = above.getAsDouble();
                runnerUp = Optional.of(other.deployment());
            }
        }
        return new CheapestRange(from, to, cheapest.deployment(), first.fromUsd(), last.toUsd(), runnerUp,
                runnerUp.isPresent() ? closest : 0);
    }

    /**
     * The most {@code other} costs above {@code cheapest} on [from, to], as a fraction of the cheapest; empty when it
     * does not fit all the way. Both are lines between breakpoints, so the largest ratio is at a breakpoint, priced
     * just inside each stretch. The walk stops as soon as the ratio reaches {@code closest} (the runner-up so far):
     * the rest can only raise it, and a curve that far above is not the runner-up, whatever its maximum. Kinesis
     * has a breakpoint per shard, so this is most of a range's work.
     */
    private static OptionalDouble maxAbove(PiecewiseCost.Cursor o, PiecewiseCost.Cursor c, CostSegment[][] bothSegments,
                                           double from, double to, double closest) {
        double nudge = (to - from) * 1e-9;
        double[] most = {Double.NEGATIVE_INFINITY};
        if (!above(o, c, from, from, to, nudge, most) || !above(o, c, to, from, to, nudge, most)) {
            return OptionalDouble.empty();
        }
        if (most[0] >= closest) {
            return OptionalDouble.of(most[0]);
        }
        // each curve's own breakpoints inside (from, to), walked from where the range starts rather than sorted. Only
        // the segments' ends: a start inside the range is either the last segment's end (both its sides are read
        // there) or the end of a gap, which the last end's (or the range start's) right side has found already
        for (CostSegment[] segments : bothSegments) {
            for (int i = firstEndingAfter(segments, from); i < segments.length && segments[i].fromGBPerHour() < to; i++) {
                double end = segments[i].toGBPerHour();
                if (end < to && !above(o, c, end, from, to, nudge, most)) {
                    return OptionalDouble.empty();
                }
                if (most[0] >= closest) {
                    return OptionalDouble.of(most[0]);
                }
            }
        }
        return OptionalDouble.of(most[0]);
    }

    /** The first of {@code segments} ending after {@code x} (a curve's segments' ends ascend), or their count. */
    private static int firstEndingAfter(CostSegment[] segments, double x) {
        int lo = 0;
        int hi = segments.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segments[mid].toGBPerHour() > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Raises {@code most[0]} to how far {@code other} is above {@code cheapest} just either side of {@code x};
     * false where one of them does not fit there.
     */
    private static boolean above(PiecewiseCost.Cursor other, PiecewiseCost.Cursor cheapest, double x, double from,
                                 double to, double nudge, double[] most) {
        for (int side = -1; side <= 1; side += 2) {
            double at = side < 0 ? Math.max(from, x - nudge) : Math.min(to, x + nudge);
            double o = other.usdAt(at);
            double c = cheapest.usdAt(at);
            if (Double.isNaN(o) || Double.isNaN(c)) {
                return false;
            }
            most[0] = Math.max(most[0], (o - c) / Math.abs(c));
        }
        return true;
    }
}
