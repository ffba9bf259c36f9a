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
        int[] cursor = new int[curves.size()];
        List<CostSegment> out = new ArrayList<>();
        for (int k = 1; k < xs.length; k++) {
            double a = xs[k - 1];
            double b = xs[k];
            List<CostSegment> lines = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int i = 0; i < curves.size(); i++) {
                CostSegment s = covering(curves.get(i).segments(), cursor, i, a, b);
                if (s != null) {
                    lines.add(s);
                    owners.add(i);
                }
            }
            if (!lines.isEmpty()) {
                lowestOn(a, b, lines, owners, out);
            }
        }
        return out;
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

    /** Every start and end of every segment, ascending, without repeats. */
    static double[] breakpoints(List<PiecewiseCost> curves) {
        int n = 0;
        for (PiecewiseCost c : curves) {
            n += 2 * c.segments().size();
        }
        double[] xs = new double[n];
        int k = 0;
        for (PiecewiseCost c : curves) {
            for (CostSegment s : c.segments()) {
                xs[k++] = s.fromGBPerHour();
                xs[k++] = s.toGBPerHour();
            }
        }
        Arrays.sort(xs);
        int distinct = 0;
        for (int i = 0; i < xs.length; i++) {
            if (distinct == 0 || xs[i] != xs[distinct - 1]) {
                xs[distinct++] = xs[i];
            }
        }
        return Arrays.copyOf(xs, distinct);
    }

    /** The segment of curve {@code i} spanning [a, b], or null; {@code cursor} walks each curve once. */
    static CostSegment covering(List<CostSegment> segments, int[] cursor, int i, double a, double b) {
        while (cursor[i] < segments.size() && segments.get(cursor[i]).toGBPerHour() <= a) {
            cursor[i]++;
        }
        if (cursor[i] < segments.size() && segments.get(cursor[i]).covers(a, b)) {
            return segments.get(cursor[i]);
        }
        return null;
    }

    /** Where the lines cross strictly inside (a, b), ascending. */
    static List<Double> crossings(double a, double b, List<CostSegment> lines) {
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                double da = lines.get(i).at(a) - lines.get(j).at(a);
                double db = lines.get(i).at(b) - lines.get(j).at(b);
                if (da * db < 0) {
                    xs.add(a + (b - a) * da / (da - db));
                }
            }
        }
        xs.sort(null);
        return xs;
    }

    private static void lowestOn(double a, double b, List<CostSegment> lines, List<Integer> owners, List<CostSegment> out) {
        List<Double> cuts = crossings(a, b, lines);
        cuts.add(0, a);
        cuts.add(b);
        for (int k = 1; k < cuts.size(); k++) {
            double from = cuts.get(k - 1);
            double to = cuts.get(k);
            if (to <= from) {
                continue;
            }
            int best = cheapestAt((from + to) / 2, lines);
            CostSegment piece = lines.get(best).between(from, to, owners.get(best));
            CostSegment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.tag() == piece.tag() && last.toGBPerHour() == from
                    && Math.abs(last.toUsd() - piece.fromUsd()) <= TIE * Math.abs(piece.fromUsd())
                    && Math.abs(last.slope() - piece.slope()) <= TIE * Math.max(1, Math.abs(piece.slope()))) {
                out.set(out.size() - 1, new CostSegment(last.fromGBPerHour(), to, last.fromUsd(), piece.toUsd(), piece.tag()));
            } else {
                out.add(piece);
            }
        }
    }

    /** The index of the cheapest line at {@code x}; the first of those within {@link #TIE} of each other. */
    static int cheapestAt(double x, List<CostSegment> lines) {
        int best = 0;
        for (int i = 1; i < lines.size(); i++) {
            double candidate = lines.get(i).at(x);
            double current = lines.get(best).at(x);
            if (candidate < current - TIE * Math.abs(current)) {
                best = i;
            }
        }
        return best;
    }
}
