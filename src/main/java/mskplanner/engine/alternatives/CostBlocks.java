package mskplanner.engine.alternatives;

import java.util.List;

/**
 * A curve's segments in blocks of consecutive ones, each with the least and the most it costs on it, when no gap lies
 * between them. Where the blocks two curves are in are apart by more than a tie, one is cheaper all along both, so the
 * stretches inside need not be read one by one: Kinesis has a segment per shard (a thousand where the broker curves
 * have tens), and away from its crossings it is far above or below the others. A block is about a {@value #PER_CURVE}th
 * of its curve, so a curve of tens of segments has a block per segment (its lines are long and would make wide blocks).
 */
final class CostBlocks {
    private static final int PER_CURVE = 64;
    private static final int MAX_SIZE = 64;

    private final int size;
    private final double[] end;
    private final double[] least;
    private final double[] most;

    private CostBlocks(List<CostSegment> segments) {
        size = Math.max(1, Math.min(MAX_SIZE, segments.size() / PER_CURVE));
        int blocks = (segments.size() + size - 1) / size;
        end = new double[blocks];
        least = new double[blocks];
        most = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int first = b * size;
            int last = Math.min(first + size, segments.size()) - 1;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            boolean gapless = true;
            for (int i = first; i <= last; i++) {
                CostSegment s = segments.get(i);
                lo = Math.min(lo, Math.min(s.fromUsd(), s.toUsd()));
                hi = Math.max(hi, Math.max(s.fromUsd(), s.toUsd()));
                gapless &= i == first || s.fromGBPerHour() == segments.get(i - 1).toGBPerHour();
            }
            end[b] = segments.get(last).toGBPerHour();
            // a block with a gap inside is never apart from anything: its segments are read one by one
            least[b] = gapless ? lo : Double.NEGATIVE_INFINITY;
            most[b] = gapless ? hi : Double.POSITIVE_INFINITY;
        }
    }

    static CostBlocks of(List<CostSegment> segments) {
        return new CostBlocks(segments);
    }

    /** Where the block of {@code segment} ends: the curve has no gap from that segment to there. */
    double end(int segment) {
        return end[segment / size];
    }

    double least(int segment) {
        return least[segment / size];
    }

    double most(int segment) {
        return most[segment / size];
    }

    /**
     * -1 when the block of this curve's {@code segment} costs less everywhere than the block of the other's
     * {@code otherSegment} by more than {@link Envelope#TIE} (as {@link ExactBreakEven#sign} compares), 1 when more,
     * 0 when they overlap or either has a gap.
     */
    int order(int segment, CostBlocks other, int otherSegment) {
        double aLo = least(segment);
        double aHi = most(segment);
        double bLo = other.least(otherSegment);
        double bHi = other.most(otherSegment);
        double scale = Math.max(Math.max(Math.abs(aLo), Math.abs(aHi)), Math.max(Math.abs(bLo), Math.abs(bHi)));
        if (bLo - aHi > Envelope.TIE * scale) {
            return -1;
        }
        if (aLo - bHi > Envelope.TIE * scale) {
            return 1;
        }
        return 0;
    }
}
