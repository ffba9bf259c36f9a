package mskplanner.engine.alternatives;

/**
 * A curve's cost bounded over runs of {@link #SIZE} consecutive segments: the lowest and highest cost on each run (a
 * segment is a line, so its extremes are at its ends). A walk over a pair of curves can then pass a whole run of the
 * curve with many steps (Kinesis has one per shard) where the other curve stays clear of those bounds: the order of
 * the two cannot change there. A gap inside the run (either curve not fitting) changes nothing: the comparison starts
 * afresh after it, with the same order as before it.
 */
final class SegmentBlocks {
    static final int SIZE = 16;
    /** Clearance beyond the bounds, relative: {@link Envelope#TIE} with room for the rounding of a line's values. */
    private static final double MARGIN = 4 * Envelope.TIE;

    private final CostSegment[] segments;
    private final double[] lowestUsd;
    private final double[] highestUsd;

    private SegmentBlocks(CostSegment[] segments) {
        this.segments = segments;
        int blocks = (segments.length + SIZE - 1) / SIZE;
        lowestUsd = new double[blocks];
        highestUsd = new double[blocks];
        for (int k = 0; k < blocks; k++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i = k * SIZE; i < Math.min(segments.length, (k + 1) * SIZE); i++) {
                CostSegment s = segments[i];
                low = Math.min(low, Math.min(s.fromUsd(), s.toUsd()));
                high = Math.max(high, Math.max(s.fromUsd(), s.toUsd()));
            }
            lowestUsd[k] = low;
            highestUsd[k] = high;
        }
    }

    /** The bounds of a curve with at least two runs of segments; null for fewer, which a walk passes quickly anyway. */
    static SegmentBlocks of(CostSegment[] segments) {
        return segments.length >= 2 * SIZE ? new SegmentBlocks(segments) : null;
    }

    /**
     * Where the run starting at segment {@code index} ends, when the other curve ({@code others}, from
     * {@code otherIndex}, the segment covering {@code x}) reaches its end and stays clear of its bounds all the way
     * from {@code x}, the run's start, with the order {@code sign} (-1: this curve is cheaper, 1: the other is, as
     * {@link ExactBreakEven#sign}); NaN when the run cannot be passed.
     */
    double passableTo(int index, double x, CostSegment[] others, int otherIndex, int sign) {
        int k = index / SIZE;
        if (index % SIZE != 0 || segments[index].fromGBPerHour() != x || !(lowestUsd[k] > 0)) {
            return Double.NaN;
        }
        double end = segments[Math.min(segments.length, (k + 1) * SIZE) - 1].toGBPerHour();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double reached = x;
        for (int i = otherIndex; i < others.length && others[i].fromGBPerHour() < end; i++) {
            CostSegment o = others[i];
            double atStart = o.at(Math.max(x, o.fromGBPerHour()));
            double atEnd = o.at(Math.min(end, o.toGBPerHour()));
            low = Math.min(low, Math.min(atStart, atEnd));
            high = Math.max(high, Math.max(atStart, atEnd));
            reached = o.toGBPerHour();
        }
        // where the other stops fitting inside the run, the walk's comparison would end there, not go on to the end
        if (!(reached >= end)) {
            return Double.NaN;
        }
        boolean otherBelow = high < lowestUsd[k] * (1 - MARGIN);
        boolean otherAbove = low > highestUsd[k] * (1 + MARGIN);
        return sign > 0 && otherBelow || sign < 0 && otherAbove ? end : Double.NaN;
    }
}
