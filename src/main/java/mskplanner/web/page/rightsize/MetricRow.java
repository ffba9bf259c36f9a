package mskplanner.web.page.rightsize;

/**
 * Statistics of one metric, formatted for the table (R-7 percentiles, as spreadsheets compute them).
 *
 * @param metric the metric
 * @param scope what it covers, e.g. {@code sum of brokers} or {@code broker 3}
 * @param unit unit of the values
 * @param points data points read
 * @param missingPoints gaps in the window
 * @param mean mean
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max maximum
 */
public record MetricRow(String metric, String scope, String unit, int points, int missingPoints, String mean, String p50,
                        String p95, String p99, String max) {
}
