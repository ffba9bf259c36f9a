package mskplanner.engine.alternatives;

import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.Inputs;

/**
 * A deployment's monthly cost as a function of average ingress: straight segments, ascending and not overlapping,
 * with a step wherever one ends and the next starts at another cost (e.g. three more brokers), and a gap wherever the
 * deployment does not fit (e.g. Serverless above its quotas).
 *
 * @param deployment the deployment's name
 * @param segments ascending by ingress
 */
public record PiecewiseCost(String deployment, List<CostSegment> segments) {
    public PiecewiseCost {
        Inputs.present("deployment", deployment);
        segments = List.copyOf(segments);
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).fromGBPerHour() < segments.get(i - 1).toGBPerHour()) {
                throw new IllegalArgumentException(deployment + " segments overlap at " + segments.get(i).fromGBPerHour());
            }
        }
    }

    /** The cost at {@code x}, empty where the deployment does not fit; at a step, the cost just above it. */
    public OptionalDouble at(double x) {
        int i = indexAt(x);
        return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(segments.get(i).at(x));
    }

    /** The segment holding {@code x} (the later one at a step), or -1. */
    public int indexAt(double x) {
        int found = lastStartingBy(x);
        return found >= 0 && segments.get(found).toGBPerHour() >= x ? found : -1;
    }

    /** The last segment starting at or before {@code x}, or -1. */
    private int lastStartingBy(double x) {
        int lo = 0;
        int hi = segments.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).fromGBPerHour() <= x) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Reads the cost at ascending points by walking the segments once instead of a search per point. */
    Cursor cursor() {
        return cursor(Envelope.segments(this));
    }

    /** {@link #cursor()} over this curve's segments already copied to an array ({@link Envelope#segments}). */
    Cursor cursor(CostSegment[] asArray) {
        if (asArray.length != segments.size()) {
            throw new IllegalArgumentException(deployment + ": " + asArray.length + " segments given, it has " + segments.size());
        }
        return new Cursor(asArray);
    }

    /**
     * {@link #at}'s cost, unboxed, for points read mostly in ascending order; NaN where the deployment does not fit.
     * It steps through an array: a read through the list is an interface call the JIT cannot always inline.
     */
    final class Cursor {
        private final CostSegment[] array;
        private int last = -1;

        private Cursor(CostSegment[] array) {
            this.array = array;
        }

        double usdAt(double x) {
            // a search for the first point and for one more than a segment behind the last, a step otherwise (just
            // behind is common: the other side of the step read last)
            if (last < 0 || array[last].fromGBPerHour() > x) {
                last = last > 0 && array[last - 1].fromGBPerHour() <= x ? last - 1 : lastStartingBy(x);
            }
            while (last + 1 < array.length && array[last + 1].fromGBPerHour() <= x) {
                last++;
            }
            return last >= 0 && array[last].toGBPerHour() >= x ? array[last].at(x) : Double.NaN;
        }
    }
}
