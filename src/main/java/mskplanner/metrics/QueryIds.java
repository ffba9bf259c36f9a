package mskplanner.metrics;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;

/**
 * GetMetricData query ids that say what they are: {@code bytesin_b1} is BytesInPerSec of broker 1,
 * {@code storage_cluster} is a cluster-level StorageUsed. The metrics-file reader parses the same ids.
 */
public final class QueryIds {
    private static final Pattern ID = Pattern.compile("([a-z]+)_(?:b(\\d+)|(cluster))");

    /**
     * What an id names.
     *
     * @param metric the metric
     * @param brokerId the broker id, or {@link MetricSeries#CLUSTER}
     */
    public record Key(MskMetric metric, String brokerId) {
    }

    private QueryIds() {
    }

    public static String of(MskMetric metric, String brokerId) {
        return metric.idPrefix() + "_" + (MetricSeries.CLUSTER.equals(brokerId) ? "cluster" : "b" + brokerId);
    }

    public static Optional<Key> parse(String id) {
        Matcher m = id == null ? null : ID.matcher(id);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return MskMetric.byIdPrefix(m.group(1))
                .map(metric -> new Key(metric, m.group(2) != null ? m.group(2) : MetricSeries.CLUSTER));
    }
}
