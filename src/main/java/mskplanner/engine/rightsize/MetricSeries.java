package mskplanner.engine.rightsize;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mskplanner.engine.InvalidInputException;

/**
 * One metric of one broker (or of the whole cluster) over time, as CloudWatch returns it.
 * Timestamps are kept compactly ({@link EpochSeconds}) and sorted ascending on construction, since the AWS CLI
 * prints newest first; values are in the metric's CloudWatch unit (bytes/s, percent, count, bytes).
 *
 * @param metric the CloudWatch metric name, see {@link MskMetric}
 * @param brokerId the {@code Broker ID} dimension, or {@link #CLUSTER} for a cluster-level metric
 * @param timestamps when each value was measured, whole seconds
 * @param values one finite value per timestamp
 */
public record MetricSeries(String metric, String brokerId, List<Instant> timestamps, double[] values) {
    /** The broker id of a cluster-level series such as Express {@code StorageUsed}. */
    public static final String CLUSTER = "cluster";

    public MetricSeries {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(brokerId, "brokerId");
        EpochSeconds seconds = EpochSeconds.copyOf(timestamps);
        if (seconds.size() != values.length) {
            throw new InvalidInputException(label(metric, brokerId) + ".values", values.length + " values",
                    "one value per timestamp (" + seconds.size() + " timestamps)");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new InvalidInputException(label(metric, brokerId) + ".values", v, "finite numbers");
            }
        }
        double[] copy = values.clone();
        if (!ascending(seconds)) {
            seconds = sortTogether(seconds, copy);
        }
        requireDistinct(metric, brokerId, seconds);
        timestamps = seconds;
        values = copy;
    }

    public static MetricSeries of(MskMetric metric, String brokerId, long[] epochSeconds, double[] values) {
        return new MetricSeries(metric.cloudWatchName(), brokerId, EpochSeconds.of(epochSeconds), values);
    }

    /** A copy of the values (the record stays immutable); use {@link #value(int)} in loops. */
    @Override
    public double[] values() {
        return values.clone();
    }

    public double value(int index) {
        return values[index];
    }

    public long epochSecond(int index) {
        return ((EpochSeconds) timestamps).epochSecond(index);
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public boolean clusterLevel() {
        return CLUSTER.equals(brokerId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSeries s && metric.equals(s.metric) && brokerId.equals(s.brokerId)
                && timestamps.equals(s.timestamps) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, brokerId, timestamps, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "MetricSeries[" + label(metric, brokerId) + ", " + values.length + " points]";
    }

    private static String label(String metric, String brokerId) {
        return metric + "[" + brokerId + "]";
    }

    private static boolean ascending(EpochSeconds s) {
        for (int i = 1; i < s.size(); i++) {
            if (s.epochSecond(i) < s.epochSecond(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static EpochSeconds sortTogether(EpochSeconds seconds, double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(seconds.epochSecond(a), seconds.epochSecond(b)));
        long[] s = new long[order.length];
        double[] v = values.clone();
        for (int i = 0; i < order.length; i++) {
            s[i] = seconds.epochSecond(order[i]);
            values[i] = v[order[i]];
        }
        return EpochSeconds.wrap(s);
    }

    private static void requireDistinct(String metric, String brokerId, EpochSeconds s) {
        for (int i = 1; i < s.size(); i++) {
            if (s.epochSecond(i) == s.epochSecond(i - 1)) {
                throw new InvalidInputException(label(metric, brokerId) + ".timestamps", s.get(i), "each timestamp once");
            }
        }
    }
}
