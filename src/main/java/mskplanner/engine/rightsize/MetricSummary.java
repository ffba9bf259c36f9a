package mskplanner.engine.rightsize;

import java.util.Optional;

/**
 * The statistics of one metric for one broker, or of a cluster aggregate (total ingress, hottest broker's CPU, ...).
 *
 * @param metric what is measured, e.g. {@code BytesInPerSec} or {@code Cluster ingress}
 * @param scope a broker id, or how brokers were combined ({@code sum of brokers}, {@code max of brokers})
 * @param unit unit of the statistics, e.g. {@code MB/s} (10^6 bytes/s) or {@code %}
 * @param points points present
 * @param missingPoints points the window expects that are absent
 * @param stats the statistics; empty when there are no points
 */
public record MetricSummary(String metric, String scope, String unit, int points, int missingPoints,
                            Optional<SeriesStats> stats) {
    public MetricSummary {
        if (points < 0 || missingPoints < 0) {
            throw new IllegalArgumentException("points and missingPoints must be >= 0, were " + points + ", " + missingPoints);
        }
    }
}
