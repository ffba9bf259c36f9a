package mskplanner.engine.rightsize;

import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;

/**
 * The right-sizer's assumptions, each overridable and echoed in the report.
 *
 * @param peakPercentile the percentile of cluster ingress/egress taken as "peak" (sizing-model.md section 7: p99)
 * @param replicationFactor used to turn partition replicas into leader partitions (not visible in these metrics)
 * @param horizonDays a threshold the trend reaches within this many days counts as breached now
 * @param minSavingsPercent a cheaper shape is recommended only when it saves at least this share of the bill
 * @param diskHeadroom provisioned EBS over data stored after a change (2.0 = 50% full, the sizing model's default)
 * @param standardUtilization target utilisation of Standard brokers (sizing model: 0.5)
 * @param expressUtilization target utilisation of Express brokers (sizing model: 0.75)
 * @param hoursPerMonth hours billed per month
 * @param minRSquared trends that explain less than this share of the daily variation are marked weak
 */
public record RightsizeOptions(double peakPercentile, int replicationFactor, int horizonDays, double minSavingsPercent,
                               double diskHeadroom, double standardUtilization, double expressUtilization,
                               double hoursPerMonth, double minRSquared) {
    /** CPU and disk are judged at their 95th percentile, so that a few minutes of spikes do not decide. */
    public static final double THRESHOLD_PERCENTILE = 95;

    public static final RightsizeOptions DEFAULTS = new RightsizeOptions(99, 3, 30, 10, 2.0, 0.5, 0.75, 730, 0.5);

    public RightsizeOptions {
        if (!(peakPercentile > 0 && peakPercentile <= 100)) {
            throw new InvalidInputException("peakPercentile", peakPercentile, "a percentile > 0 and <= 100 (99 is the default)");
        }
        if (replicationFactor < 1 || replicationFactor > 3) {
            throw new InvalidInputException("replicationFactor", replicationFactor, "1, 2 or 3");
        }
        if (horizonDays < 0 || horizonDays > 365) {
            throw new InvalidInputException("horizonDays", horizonDays, "0 to 365 days");
        }
        if (!(minSavingsPercent >= 0 && minSavingsPercent < 100)) {
            throw new InvalidInputException("minSavingsPercent", minSavingsPercent, "0 to 100 (exclusive)");
        }
        if (!(diskHeadroom >= 1 && diskHeadroom <= 10)) {
            throw new InvalidInputException("diskHeadroom", diskHeadroom, "1 to 10 (2.0 = volumes 50% full)");
        }
        if (!(standardUtilization > 0 && standardUtilization <= 1) || !(expressUtilization > 0 && expressUtilization <= 1)) {
            throw new InvalidInputException("utilization", standardUtilization + "/" + expressUtilization, "a fraction > 0 and <= 1");
        }
        Inputs.hoursPerMonth(hoursPerMonth);
        if (!(minRSquared >= 0 && minRSquared <= 1)) {
            throw new InvalidInputException("minRSquared", minRSquared, "0 to 1");
        }
    }

    public RightsizeOptions withPeakPercentile(double p) {
        return new RightsizeOptions(p, replicationFactor, horizonDays, minSavingsPercent, diskHeadroom,
                standardUtilization, expressUtilization, hoursPerMonth, minRSquared);
    }

    public RightsizeOptions withReplicationFactor(int rf) {
        return new RightsizeOptions(peakPercentile, rf, horizonDays, minSavingsPercent, diskHeadroom,
                standardUtilization, expressUtilization, hoursPerMonth, minRSquared);
    }
}
