package mskplanner.engine.alternatives;

import mskplanner.engine.format.Format;

/**
 * Where two deployments' costs cross: just below {@code belowGBPerHour}, {@code cheaper} costs less than
 * {@code than}; just above, the reverse. Located by bisection to within the sweep's tolerance (0.1 GB/hour).
 *
 * @param cheaper the deployment that is cheaper below the crossover
 * @param than the deployment it is compared with
 * @param belowGBPerHour the crossover, average ingress in data GB per hour
 */
public record Crossover(String cheaper, String than, double belowGBPerHour) {
    /** e.g. "MSK Serverless is cheaper than MSK Standard below 61.3 GB/hour ingested". */
    public String sentence() {
        return cheaper + " is cheaper than " + than + " below " + Format.plain(Math.round(belowGBPerHour * 10) / 10.0, 3)
                + " GB/hour ingested";
    }
}
