package mskplanner.rightsize;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import mskplanner.engine.rightsize.SeriesStats;

/**
 * Summary statistics with commons-math3. Percentiles use {@link EstimationType#R_7} (spreadsheets'
 * PERCENTILE.INC), not commons-math3's default, which differs from what users check the report against.
 */
public final class Statistics {
    private Statistics() {
    }

    /** Mean, p50, p95, p99 and max of at least one value. */
    public static SeriesStats summarise(double[] values) {
        requireValues(values);
        Percentile percentile = r7();
        percentile.setData(values);
        return new SeriesStats(StatUtils.mean(values), percentile.evaluate(50), percentile.evaluate(95),
                percentile.evaluate(99), StatUtils.max(values));
    }

    /** The R-7 percentile {@code p} (0 < p <= 100) of at least one value. */
    public static double percentile(double[] values, double p) {
        requireValues(values);
        return r7().evaluate(values, p);
    }

    public static double mean(double[] values) {
        requireValues(values);
        return StatUtils.mean(values);
    }

    private static Percentile r7() {
        return new Percentile().withEstimationType(EstimationType.R_7);
    }

    private static void requireValues(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("statistics need at least one value");
        }
    }
}
