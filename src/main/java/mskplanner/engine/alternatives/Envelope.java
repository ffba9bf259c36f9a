package mskplanner.engine.alternatives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The lower envelope of several piecewise-linear costs: at every ingress, the cheapest curve there and its cost. On
 * each stretch between two breakpoints of any curve every curve is one straight line, so the cheapest changes only
 * where two of those lines cross; those crossings are solved, not searched for. Ties (within 10^-9 of the cost) go to
 * the curve listed first, as the planner's picks do.
 */
public final class Envelope {
    /** Costs this close (relative) are equal: both ends of a line are bills converted to {@code double}. */
    static final double TIE = 1e-9;

    private Envelope() {
    }

    /** The envelope's segments, each tagged with the index (in {@code curves}) of the cheapest curve. */
    public static List<CostSegment> lowest(List<PiecewiseCost> curves) {
        double[] xs = breakpoints(curves);
        int n = curves.size();
        int[] cursor = new int[n];
        CostSegment[][] segments = new CostSegment[n][];
        for (int i = 0; i < n; i++) {
            segments[i] = Envelope.segments(curves.get(i));
        }
        // one stretch's lines, their owners and costs at its ends, reused across stretches: the hot loop of a plan
        CostSegment[] lines = new CostSegment[n];
        int[] owners = new int[n];
        double[] atA = new double[n];
        double[] atB = new double[n];
        double[] cuts = new double[n * (n - 1) / 2 + 2];
        Pieces out = new Pieces();
        for (int k = 1; k < xs.length; k++) {
            double a = xs[k - 1];
            double b = xs[k];
            int count = 0;
            for (int i = 0; i < n; i++) {
                CostSegment s = covering(segments[i], cursor, i, a, b);
                if (s != null) {
                    lines[count] = s;
                    owners[count] = i;
                    atA[count] = s.at(a);
                    atB[count] = s.at(b);
                    count++;
                }
            }
            if (count > 0) {
                lowestOn(a, b, count, lines, owners, atA, atB, cuts, out);
            }
        }
        return out.finish();
    }

    /** {@code primary}, and {@code fallback} wherever {@code primary} has no segment; ascending. */
    public static List<CostSegment> withFallback(List<CostSegment> primary, List<CostSegment> fallback) {
        List<CostSegment> out = new ArrayList<>(primary);
        for (CostSegment f : fallback) {
            double start = f.fromGBPerHour();
            for (CostSegment p : primary) {
                if (p.toGBPerHour() <= start || p.fromGBPerHour() >= f.toGBPerHour()) {
                    continue;
                }
                if (p.fromGBPerHour() > start) {
                    out.add(f.between(start, p.fromGBPerHour(), f.tag()));
                }
                start = Math.max(start, p.toGBPerHour());
            }
            if (start < f.toGBPerHour()) {
                out.add(f.between(start, f.toGBPerHour(), f.tag()));
            }
        }
        out.sort(Comparator.comparingDouble(CostSegment::fromGBPerHour));
        return out;
    }

    /**
     * Every start and end of every segment, ascending, without repeats. Each curve's ends already ascend (its
     * segments do not overlap), so the curves' runs are merged, two at a time, rather than sorted: back and forth
     * between two arrays, not into a new one per merge.
     */
    static double[] breakpoints(List<PiecewiseCost> curves) {
        int total = 0;
        for (PiecewiseCost c : curves) {
            total += 2 * c.segments().size();
        }
        double[] from = new double[total];
        // runStarts[r] is where run r begins in the array; runStarts[runs] == total
        int[] runStarts = new int[curves.size() + 1];
        int k = 0;
        for (int r = 0; r < curves.size(); r++) {
            runStarts[r] = k;
            for (CostSegment s : curves.get(r).segments()) {
                from[k++] = s.fromGBPerHour();
                from[k++] = s.toGBPerHour();
            }
        }
        int runs = curves.size();
        runStarts[runs] = total;
        double[] to = new double[total];
        while (runs > 1) {
            int merged = 0;
            for (int r = 0; r < runs; r += 2) {
                int end = runStarts[Math.min(r + 2, runs)];
                merge(from, runStarts[r], runStarts[Math.min(r + 1, runs)], end, to);
                runStarts[merged++] = runStarts[r];
            }
            runStarts[merged] = total;
            runs = merged;
            double[] swap = from;
            from = to;
            to = swap;
        }
        return distinct(from, total);
    }

    /**
     * {@link #breakpoints} of two curves, one value at a time: the ends of both curves' segments, ascending, without
     * repeats, walked from the two lists rather than merged into an array (a pair's crossovers are read once; with
     * Kinesis's thousands of shard steps the arrays were a fifth of what a plan allocates).
     */
    static final class PairBreakpoints {
        private final CostSegment[] a;
        private final CostSegment[] b;
        private final int endsOfA;
        private final int endsOfB;
        private int nextOfA;
        private int nextOfB;
        private boolean any;
        private double last;

        PairBreakpoints(CostSegment[] a, CostSegment[] b) {
            this.a = a;
            this.b = b;
            this.endsOfA = 2 * a.length;
            this.endsOfB = 2 * b.length;
        }

        boolean hasNext() {
            skipRepeats();
            return nextOfA < endsOfA || nextOfB < endsOfB;
        }

        double next() {
            skipRepeats();
            double x;
            if (nextOfB >= endsOfB || nextOfA < endsOfA && end(a, nextOfA) <= end(b, nextOfB)) {
                x = end(a, nextOfA++);
            } else {
                x = end(b, nextOfB++);
            }
            any = true;
            last = x;
            return x;
        }

        /** Goes on from {@code x}, an end of a segment, as if every end up to it had been read. */
        void skipTo(double x) {
            while (nextOfA < endsOfA && end(a, nextOfA) <= x) {
                nextOfA++;
            }
            while (nextOfB < endsOfB && end(b, nextOfB) <= x) {
                nextOfB++;
            }
            any = true;
            last = x;
        }

        private void skipRepeats() {
            while (any && nextOfA < endsOfA && end(a, nextOfA) == last) {
                nextOfA++;
            }
            while (any && nextOfB < endsOfB && end(b, nextOfB) == last) {
                nextOfB++;
            }
        }

        /** The k-th end of a curve's segments: each segment's start, then its end. */
        private static double end(CostSegment[] segments, int k) {
            CostSegment s = segments[k >> 1];
            return (k & 1) == 0 ? s.fromGBPerHour() : s.toGBPerHour();
        }
    }

    /** The ascending runs {@code in[start, middle)} and {@code in[middle, end)} as one, into {@code out[start, end)}. */
    private static void merge(double[] in, int start, int middle, int end, double[] out) {
        int i = start;
        int j = middle;
        int k = start;
        while (i < middle && j < end) {
            out[k++] = in[i] <= in[j] ? in[i++] : in[j++];
        }
        while (i < middle) {
            out[k++] = in[i++];
        }
        while (j < end) {
            out[k++] = in[j++];
        }
    }

    /**
     * The first {@code length} values of {@code ascending} without repeats, as a new array; {@code ascending} is
     * overwritten.
     */
    static double[] distinct(double[] ascending, int length) {
        int distinct = 0;
        for (int i = 0; i < length; i++) {
            if (distinct == 0 || ascending[i] != ascending[distinct - 1]) {
                ascending[distinct++] = ascending[i];
            }
        }
        return Arrays.copyOf(ascending, distinct);
    }

    /** The segment of curve {@code i} spanning [a, b], or null; {@code cursor} walks each curve once. */
    static CostSegment covering(CostSegment[] segments, int[] cursor, int i, double a, double b) {
        while (cursor[i] < segments.length && segments[cursor[i]].toGBPerHour() <= a) {
            cursor[i]++;
        }
        if (cursor[i] < segments.length && segments[cursor[i]].covers(a, b)) {
            return segments[cursor[i]];
        }
        return null;
    }

    /**
     * A curve's segments as an array, for the walks that read them stretch by stretch: its list may be any of the JDK's
     * immutable lists, and a call through the list per read was the envelope's largest cost.
     */
    static CostSegment[] segments(PiecewiseCost curve) {
        return curve.segments().toArray(new CostSegment[0]);
    }

    /**
     * Where the first {@code count} lines cross strictly inside (a, b), ascending, written to {@code cuts} from index
     * 1 on; returns how many. {@code atA} and {@code atB} hold each line's cost at a and b.
     */
    private static int crossings(double a, double b, int count, double[] atA, double[] atB, double[] cuts) {
        int m = 0;
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                double da = atA[i] - atA[j];
                double db = atB[i] - atB[j];
                if (da * db < 0) {
                    cuts[1 + m++] = a + (b - a) * da / (da - db);
                }
            }
        }
        Arrays.sort(cuts, 1, 1 + m);
        return m;
    }

    private static void lowestOn(double a, double b, int count, CostSegment[] lines, int[] owners, double[] atA,
                                 double[] atB, double[] cuts, Pieces out) {
        int m = count > 1 ? crossings(a, b, count, atA, atB, cuts) : 0;
        cuts[0] = a;
        cuts[m + 1] = b;
        for (int k = 1; k <= m + 1; k++) {
            double from = cuts[k - 1];
            double to = cuts[k];
            if (to <= from) {
                continue;
            }
            int best = count > 1 ? cheapestAt((from + to) / 2, count, lines) : 0;
            out.add(from, to, lines[best].at(from), lines[best].at(to), owners[best]);
        }
    }

    /**
     * The envelope's segments as they are found: a piece that goes on from the last one (same curve, same cost and
     * slope where they meet) extends it, so a segment is made once per run of pieces, not once per piece.
     */
    private static final class Pieces {
        private final List<CostSegment> out = new ArrayList<>();
        private boolean open;
        private double from;
        private double to;
        private double fromUsd;
        private double toUsd;
        private int tag;

        void add(double pieceFrom, double pieceTo, double pieceFromUsd, double pieceToUsd, int pieceTag) {
            double pieceSlope = (pieceToUsd - pieceFromUsd) / (pieceTo - pieceFrom);
            if (open && tag == pieceTag && to == pieceFrom && Math.abs(toUsd - pieceFromUsd) <= TIE * Math.abs(pieceFromUsd)
                    && Math.abs(slope() - pieceSlope) <= TIE * Math.max(1, Math.abs(pieceSlope))) {
                to = pieceTo;
                toUsd = pieceToUsd;
                return;
            }
            close();
            open = true;
            from = pieceFrom;
            to = pieceTo;
            fromUsd = pieceFromUsd;
            toUsd = pieceToUsd;
            tag = pieceTag;
        }

        /** As {@link CostSegment#slope} of the run so far. */
        private double slope() {
            double width = to - from;
            return width == 0 ? 0 : (toUsd - fromUsd) / width;
        }

        private void close() {
            if (open) {
                out.add(new CostSegment(from, to, fromUsd, toUsd, tag));
            }
        }

        List<CostSegment> finish() {
            close();
            open = false;
            return out;
        }
    }

    /** The index of the cheapest of the first {@code count} lines at {@code x}; the first of those within {@link #TIE}. */
    private static int cheapestAt(double x, int count, CostSegment[] lines) {
        int best = 0;
        double current = lines[0].at(x);
        for (int i = 1; i < count; i++) {
            double candidate = lines[i].at(x);
            if (candidate < current - TIE * Math.abs(current)) {
                best = i;
                current = candidate;
            }
        }
        return best;
    }
}
