package mskplanner.engine.alternatives;

import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.format.Format;
import mskplanner.engine.units.BilledUnits;

/**
 * Client traffic of a workload, MB/s (10^6 bytes/s). Egress is the total read by all consumer groups (default in the
 * profile: ingress x consumer groups). Replication is not included.
 *
 * @param avgIngressMBps average produce rate
 * @param peakIngressMBps peak produce rate, >= average
 * @param avgEgressMBps average consume rate over all consumer groups
 * @param peakEgressMBps peak consume rate, >= average
 */
public record Traffic(double avgIngressMBps, double peakIngressMBps, double avgEgressMBps, double peakEgressMBps) {
    public Traffic {
        Inputs.nonNegative("avgIngressMBps", avgIngressMBps);
        Inputs.nonNegative("peakIngressMBps", peakIngressMBps);
        Inputs.nonNegative("avgEgressMBps", avgEgressMBps);
        Inputs.nonNegative("peakEgressMBps", peakEgressMBps);
        if (peakIngressMBps < avgIngressMBps) {
            throw new InvalidInputException("peakIngressMBps", peakIngressMBps, ">= avgIngressMBps (" + Format.plain(avgIngressMBps, 3) + ")");
        }
        if (peakEgressMBps < avgEgressMBps) {
            throw new InvalidInputException("peakEgressMBps", peakEgressMBps, ">= avgEgressMBps (" + Format.plain(avgEgressMBps, 3) + ")");
        }
    }

    /** Steady traffic: peak = average, egress = ingress x consumer groups. */
    public static Traffic steady(double ingressMBps, int consumerGroups) {
        double egress = ingressMBps * consumerGroups;
        return new Traffic(ingressMBps, ingressMBps, egress, egress);
    }

    /**
     * The same shape at another average ingress, for break-even sweeps: every rate is scaled by
     * {@code avgIngressMBps / this.avgIngressMBps}, so the peak/average ratio and the fan-out stay as they are.
     */
    public Traffic scaledToAvgIngress(double newAvgIngressMBps) {
        Inputs.nonNegative("avgIngressMBps", newAvgIngressMBps);
        if (!(avgIngressMBps > 0)) {
            throw new InvalidInputException("avgIngressMBps", avgIngressMBps, "a number > 0 to scale the traffic shape from");
        }
        double factor = newAvgIngressMBps / avgIngressMBps;
        // factor x peak can round to just below the new average when peak = average (3.3 -> 3.5 MB/s gives
        // 3.4999999999999996): the shape says they stay equal, as WorkloadProfile.scaledTo keeps them
        double avgEgress = avgEgressMBps * factor;
        return new Traffic(newAvgIngressMBps, Math.max(newAvgIngressMBps, peakIngressMBps * factor), avgEgress,
                Math.max(avgEgress, peakEgressMBps * factor));
    }

    /** Average ingress in data GB per hour (the break-even axis). */
    public double avgIngressGBPerHour() {
        return BilledUnits.gbPerHour(avgIngressMBps);
    }
}
