package mskplanner.engine.alternatives;

import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.format.Format;
import mskplanner.engine.units.BilledUnits;

/**
 * The average-ingress values a break-even sweep samples, data GB per hour (GB = 2^30 bytes, see {@link BilledUnits};
 * 1 MB/s = 3.3528 GB/hour).
 *
 * <p>The default is logarithmic: the interesting range spans three to four orders of magnitude (a development
 * cluster near 0.1 GB/hour up to twice the Serverless ceiling, ~1,341 GB/hour for steady traffic), and equal ratios
 * between points give every decade the same resolution. A linear grid with the same 60 points would put one point
 * below ~23 GB/hour, where Serverless and small provisioned clusters cross. These are the points of the curves shown;
 * {@link BreakEven} looks for crossovers on a grid ten times finer and locates each by bisection.
 *
 * @param minGBPerHour first point, > 0
 * @param maxGBPerHour last point, > min
 * @param points number of points, >= 2
 * @param spacing how points are spread
 */
public record SweepGrid(double minGBPerHour, double maxGBPerHour, int points, Spacing spacing) {
    /** Points in the default grid. */
    public static final int DEFAULT_POINTS = 60;
    /** "Near zero" for the default grid: no point resolving costs below the bisection tolerance of 0.1 GB/hour. */
    public static final double NEAR_ZERO_GB_PER_HOUR = 0.1;
    /** How far past the Serverless ceiling the default grid goes, so the curves show what happens beyond it. */
    public static final double BEYOND_CEILING_FACTOR = 2;

    public enum Spacing { LOGARITHMIC, LINEAR }

    public SweepGrid {
        Inputs.positive("minGBPerHour", minGBPerHour);
        Inputs.positive("maxGBPerHour", maxGBPerHour);
        if (maxGBPerHour <= minGBPerHour) {
            throw new InvalidInputException("maxGBPerHour", maxGBPerHour, "> minGBPerHour (" + Format.plain(minGBPerHour, 3) + ")");
        }
        Inputs.atLeast("points", points, 2);
        Inputs.present("spacing", spacing);
    }

    /** 60 log-spaced points from 0.1 GB/hour to twice {@code ceilingGBPerHour} (e.g. Serverless's average-ingress ceiling). */
    public static SweepGrid beyondCeiling(double ceilingGBPerHour) {
        return new SweepGrid(NEAR_ZERO_GB_PER_HOUR, Math.max(ceilingGBPerHour * BEYOND_CEILING_FACTOR,
                NEAR_ZERO_GB_PER_HOUR * 10), DEFAULT_POINTS, Spacing.LOGARITHMIC);
    }

    /**
     * The average ingress at which peak ingress reaches Serverless's per-cluster ingress quota, for a workload whose
     * peak is {@code peakToAvgIngress} times its average, data GB per hour.
     */
    public static double serverlessIngressCeilingGBPerHour(double maxIngressMBps, double peakToAvgIngress) {
        Inputs.positive("peakToAvgIngress", peakToAvgIngress);
        return BilledUnits.gbPerHour(maxIngressMBps / peakToAvgIngress);
    }

    /** The grid's points, ascending; the first and last are exactly min and max. */
    public double[] values() {
        double[] xs = new double[points];
        for (int i = 0; i < points; i++) {
            double t = i / (double) (points - 1);
            xs[i] = spacing == Spacing.LINEAR
                    ? minGBPerHour + t * (maxGBPerHour - minGBPerHour)
                    : minGBPerHour * Math.pow(maxGBPerHour / minGBPerHour, t);
        }
        xs[points - 1] = maxGBPerHour;
        return xs;
    }
}
