package mskplanner.engine.alternatives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a deployment's real cost function into its {@link PiecewiseCost}, pricing it only a few times per step.
 * The caller knows where the steps are ({@code breakpoints}: where a broker count, a partition or shard count must
 * change, computed from the sizing thresholds); between two of them the function is priced just inside each end and
 * the segment is the line through those two bills. Each price comes with the integer state that decides the step
 * (brokers, partitions, shards): if the two ends of a stretch disagree on the state, or on whether the deployment
 * fits, a step the caller did not list lies inside, and it is located by bisection (to 10^-12 of the ingress, states
 * only grow with ingress) and the stretch split there. So a breakpoint list may be incomplete, never wrong; a
 * missing one costs about 40 prices. With {@code checkMidpoints}, a stretch is also priced at its middle and split
 * where the bill leaves the line by more than 0.1% + $0.05 (at most 256 times a curve), for costs with steps no
 * state names.
 */
public final class CostSegmenter {
    /** How far inside a stretch its ends are priced, as a fraction of its width. */
    private static final double INSET = 1e-7;
    /** Below this relative width a stretch is a point, not a segment. */
    private static final double POINT = 1e-12;
    private static final int MAX_DEPTH = 80;
    private static final double LINE_TOLERANCE_FRACTION = 1e-3;
    private static final double LINE_TOLERANCE_USD = 0.05;
    /** Midpoint splits per curve: a bound on the work when a fine staircase (whole GiB) trips the line check. */
    private static final int MAX_MIDPOINT_SPLITS = 256;

    /** A monthly cost and the integer state (e.g. brokers) that holds there. */
    public record Priced(double monthlyUsd, int state) {
    }

    /** The cost function: the price at an average ingress (data GB per hour), empty where it does not fit. */
    @FunctionalInterface
    public interface Pricing {
        Optional<Priced> at(double gbPerHour);
    }

    private final Pricing pricing;
    private final boolean checkMidpoints;
    private final List<CostSegment> segments = new ArrayList<>();
    private int midpointSplits;

    private CostSegmenter(Pricing pricing, boolean checkMidpoints) {
        this.pricing = pricing;
        this.checkMidpoints = checkMidpoints;
    }

    /** The segments of {@code pricing} from {@code from} to {@code to}, split at least at {@code breakpoints}. */
    public static List<CostSegment> segments(Pricing pricing, double from, double to, double[] breakpoints,
                                             boolean checkMidpoints) {
        CostSegmenter s = new CostSegmenter(pricing, checkMidpoints);
        double point = POINT * Math.max(Math.abs(to), 1);
        double[] xs = inside(breakpoints, from + point, to - point);
        double start = from;
        for (double x : xs) {
            s.span(start, x, 0);
            start = x;
        }
        s.span(start, to, 0);
        return s.segments;
    }

    public static PiecewiseCost curve(String deployment, Pricing pricing, double from, double to, double[] breakpoints,
                                      boolean checkMidpoints) {
        return new PiecewiseCost(deployment, segments(pricing, from, to, breakpoints, checkMidpoints));
    }

    private void span(double a, double b, int depth) {
        double width = b - a;
        if (!(width > POINT * Math.max(Math.abs(b), 1))) {
            return;
        }
        double left = a + width * INSET;
        double right = b - width * INSET;
        Optional<Priced> pl = pricing.at(left);
        Optional<Priced> pr = pricing.at(right);
        if (!sameState(pl, pr) && depth < MAX_DEPTH) {
            double step = stepBetween(left, right, pl);
            span(a, step, depth + 1);
            span(step, b, depth + 1);
            return;
        }
        if (pl.isEmpty() || pr.isEmpty()) {
            return;
        }
        CostSegment line = line(a, b, left, pl.get(), right, pr.get());
        if (checkMidpoints && midpointSplits < MAX_MIDPOINT_SPLITS && offTheLine(line, (a + b) / 2)) {
            midpointSplits++;
            span(a, (a + b) / 2, depth + 1);
            span((a + b) / 2, b, depth + 1);
            return;
        }
        segments.add(line);
    }

    private boolean offTheLine(CostSegment line, double x) {
        Optional<Priced> mid = pricing.at(x);
        if (mid.isEmpty()) {
            return true;
        }
        double expected = line.at(x);
        return Math.abs(mid.get().monthlyUsd() - expected) > LINE_TOLERANCE_FRACTION * Math.abs(expected) + LINE_TOLERANCE_USD;
    }

    /** Where the state or the fit changes between {@code lo} (which has {@code atLo}) and {@code hi}. */
    private double stepBetween(double lo, double hi, Optional<Priced> atLo) {
        for (int i = 0; i < MAX_DEPTH && hi - lo > POINT * Math.abs(hi); i++) {
            double mid = (lo + hi) / 2;
            if (sameState(atLo, pricing.at(mid))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static boolean sameState(Optional<Priced> a, Optional<Priced> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().state() == b.get().state());
    }

    /** The line through the two bills, from {@code a} to {@code b}. */
    private static CostSegment line(double a, double b, double left, Priced pl, double right, Priced pr) {
        double slope = (pr.monthlyUsd() - pl.monthlyUsd()) / (right - left);
        return new CostSegment(a, b, pl.monthlyUsd() - slope * (left - a), pr.monthlyUsd() + slope * (b - right),
                pl.state());
    }

    /**
     * A fine staircase from {@code from} to {@code to} as lines through its bills at {@code points} points, spaced
     * evenly on a log scale (linearly from zero): no state is tracked, so a stretch with thousands of small steps costs
     * {@code points} prices instead of two per step. Each line goes through two real bills, so where the steps are one
     * state of many (a broker more among hundreds) it stays within one step of the function. Tagged with the state at
     * each line's left end.
     */
    public static List<CostSegment> staircase(Pricing pricing, double from, double to, int points) {
        List<CostSegment> out = new ArrayList<>();
        // a stretch narrower than a point is none, as in segments()
        if (!(to - from > POINT * Math.max(Math.abs(to), 1)) || points < 2) {
            return out;
        }
        boolean log = from > 0;
        double ratio = log ? Math.pow(to / from, 1.0 / (points - 1)) : 0;
        double a = from;
        Optional<Priced> pa = pricing.at(a);
        for (int i = 1; i < points; i++) {
            double b = i == points - 1 ? to : log ? from * Math.pow(ratio, i) : from + (to - from) * i / (points - 1);
            b = Math.min(Math.max(b, a), to);
            if (b == a) {
                continue;
            }
            Optional<Priced> pb = pricing.at(b);
            if (pa.isPresent() && pb.isPresent()) {
                out.add(line(a, b, a, pa.get(), b, pb.get()));
            }
            a = b;
            pa = pb;
        }
        return out;
    }

    /**
     * Where a demand proportional to ingress, {@code demandAtX0} at {@code x0}, reaches each multiple of
     * {@code step} up to {@code to} (at most {@code max} of them): the ingress at which a count of steps ticks up.
     */
    public static double[] multiplesOf(double step, double demandAtX0, double x0, double to, int max) {
        if (!(step > 0) || !(demandAtX0 > 0) || Double.isInfinite(step)) {
            return new double[0];
        }
        double perStep = x0 * step / demandAtX0;
        int n = (int) Math.min(max, Math.floor(to / perStep));
        double[] xs = new double[Math.max(0, n)];
        for (int k = 1; k <= xs.length; k++) {
            xs[k - 1] = perStep * k;
        }
        return xs;
    }

    /** The points strictly between {@code lo} and {@code hi}, ascending, without repeats. */
    public static double[] inside(double[] points, double lo, double hi) {
        double[] xs = new double[points.length];
        int n = 0;
        for (double x : points) {
            if (x > lo && x < hi) {
                xs[n++] = x;
            }
        }
        Arrays.sort(xs, 0, n);
        return Envelope.distinct(xs, n);
    }

    /** Every breakpoint of several lists. */
    public static double[] union(List<double[]> lists) {
        Objects.requireNonNull(lists, "lists");
        return lists.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
