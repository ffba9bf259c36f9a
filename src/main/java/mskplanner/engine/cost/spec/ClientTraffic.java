package mskplanner.engine.cost.spec;

import mskplanner.engine.InvalidInputException;
import mskplanner.engine.units.BilledUnits;

/**
 * The client traffic of a cluster, averaged over the month: what drives its cross-AZ transfer and, on Express, its
 * data written. The one place msk-planner turns traffic into billed GB, so a plan, an estimate and a right-sizing bill
 * of the same traffic agree to the cent.
 *
 * <p>Cross-AZ transfer (aws-prices.md 2.7; replication between MSK brokers is free), with producers, consumers and
 * partition leaders spread evenly over the AZs:
 * <ul>
 *   <li>producers: avg ingress x (AZ - 1) / AZ, the share of produce requests whose leader is in another AZ;</li>
 *   <li>consumers: avg egress x (AZ - 1) / AZ, or nothing when consumers are rack-aware (fetch from a replica in
 *   their own AZ).</li>
 * </ul>
 * Billed GB are 2^30 bytes, as AWS's sizing script and workbook turn MiB/s x 3600 x hours / 1024 into GB:
 * MB/s x 10^6 x hours x 3600 / 2^30.
 *
 * @param avgIngressMBps average produce rate, MB/s (10^6 bytes)
 * @param avgEgressMBps average consume rate of all consumer groups together, MB/s
 * @param rackAwareConsumers whether consumers fetch from a replica in their own AZ
 */
public record ClientTraffic(double avgIngressMBps, double avgEgressMBps, boolean rackAwareConsumers) {

    public ClientTraffic {
        nonNegative("avgIngressMBps", avgIngressMBps);
        nonNegative("avgEgressMBps", avgEgressMBps);
    }

    /** GB (2^30 bytes) moved in a month at a steady {@code mbPerSecond}: MB/s x 10^6 x hours x 3600 / 2^30. */
    public static double gibPerMonth(double mbPerSecond, double hoursPerMonth) {
        return BilledUnits.dataGbPerMonth(mbPerSecond, hoursPerMonth);
    }

    /** Data produced in the month, GB: what Express bills as data written. */
    public double dataInGiBPerMonth(double hoursPerMonth) {
        return gibPerMonth(avgIngressMBps, hoursPerMonth);
    }

    /** Producer-to-leader GB crossing AZs per month, counted once per GB moved. */
    public double producerCrossAzGiB(int availabilityZones, double hoursPerMonth) {
        return gibPerMonth(avgIngressMBps, hoursPerMonth) * remoteShare(availabilityZones);
    }

    /** Leader-to-consumer GB crossing AZs per month; 0 with rack-aware consumers. */
    public double consumerCrossAzGiB(int availabilityZones, double hoursPerMonth) {
        return rackAwareConsumers ? 0 : gibPerMonth(avgEgressMBps, hoursPerMonth) * remoteShare(availabilityZones);
    }

    /** Client GB crossing AZs per month, counted once per GB moved (AWS bills each on both sides). */
    public double crossAzGiB(int availabilityZones, double hoursPerMonth) {
        return producerCrossAzGiB(availabilityZones, hoursPerMonth) + consumerCrossAzGiB(availabilityZones, hoursPerMonth);
    }

    /** The share of clients whose partition leader is in another AZ: (AZ - 1) / AZ. */
    private static double remoteShare(int availabilityZones) {
        if (availabilityZones < 1) {
            throw new InvalidInputException("availabilityZones", availabilityZones, "a whole number >= 1");
        }
        return (availabilityZones - 1) / (double) availabilityZones;
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, value, "a finite number >= 0 (MB/s)");
        }
    }
}
