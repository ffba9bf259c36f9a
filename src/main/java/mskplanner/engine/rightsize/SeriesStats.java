package mskplanner.engine.rightsize;

/**
 * Summary statistics of one series. Percentiles use the R-7 definition (linear interpolation between closest ranks,
 * as spreadsheets' PERCENTILE.INC): for sorted values x[0..n-1], position h = (n - 1) p, value x[floor h] +
 * (h - floor h)(x[floor h + 1] - x[floor h]).
 *
 * @param mean arithmetic mean
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max largest value
 */
public record SeriesStats(double mean, double p50, double p95, double p99, double max) {
}
