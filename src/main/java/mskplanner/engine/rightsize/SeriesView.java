package mskplanner.engine.rightsize;

import java.util.Arrays;
import java.util.Objects;

/**
 * A series reduced for drawing: each point is the largest value in its bucket, so peaks survive the reduction.
 *
 * @param metric what is drawn, e.g. {@code CPU}
 * @param scope broker id or aggregate name
 * @param unit unit of the values
 * @param bucketSeconds width of each bucket
 * @param epochSeconds bucket starts
 * @param values the largest value in each bucket
 */
public record SeriesView(String metric, String scope, String unit, int bucketSeconds, long[] epochSeconds,
                         double[] values) {
    public SeriesView {
        if (bucketSeconds <= 0) {
            throw new IllegalArgumentException("bucketSeconds must be > 0, was " + bucketSeconds);
        }
        if (epochSeconds.length != values.length) {
            throw new IllegalArgumentException("epochSeconds and values must have the same length, were "
                    + epochSeconds.length + " and " + values.length);
        }
        epochSeconds = epochSeconds.clone();
        values = values.clone();
    }

    @Override
    public long[] epochSeconds() {
        return epochSeconds.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesView v && metric.equals(v.metric) && scope.equals(v.scope) && unit.equals(v.unit)
                && bucketSeconds == v.bucketSeconds && Arrays.equals(epochSeconds, v.epochSeconds) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, scope, unit, bucketSeconds, Arrays.hashCode(epochSeconds), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "SeriesView[" + metric + "/" + scope + ", " + values.length + " points]";
    }
}
