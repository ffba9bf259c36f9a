package mskplanner.engine.rightsize;

/**
 * The workload a running cluster carried, in the terms the sizing model takes. MB = 10^6 bytes.
 *
 * @param avgIngressMBps mean cluster ingress (sum of BytesInPerSec over brokers)
 * @param peakIngressMBps cluster ingress at the peak percentile
 * @param avgEgressMBps mean cluster egress (sum of BytesOutPerSec)
 * @param peakEgressMBps cluster egress at the peak percentile
 * @param leaderPartitions partition replicas on all brokers divided by the replication factor
 * @param partitionReplicas the most partition replicas the cluster held at one time
 * @param replicationFactor replication factor assumed when counting leaders
 * @param storageUsedGiB data retained now, one copy (Standard: disk used on all brokers / replication factor)
 * @param peakPercentile which percentile "peak" is
 * @param availabilityZones AZs the cluster spans
 * @param tieredStorage whether tiered storage is on (adds to the sizing model's I/O and network factors)
 */
public record MeasuredProfile(double avgIngressMBps, double peakIngressMBps, double avgEgressMBps, double peakEgressMBps,
                              int leaderPartitions, int partitionReplicas, int replicationFactor, double storageUsedGiB,
                              double peakPercentile, int availabilityZones, boolean tieredStorage) {
    public MeasuredProfile {
        nonNegative("avgIngressMBps", avgIngressMBps);
        nonNegative("peakIngressMBps", peakIngressMBps);
        nonNegative("avgEgressMBps", avgEgressMBps);
        nonNegative("peakEgressMBps", peakEgressMBps);
        nonNegative("storageUsedGiB", storageUsedGiB);
        if (availabilityZones < 1) {
            throw new IllegalArgumentException("availabilityZones must be >= 1, was " + availabilityZones);
        }
        if (leaderPartitions < 0 || partitionReplicas < 0 || replicationFactor < 1) {
            throw new IllegalArgumentException("partitions must be >= 0 and replicationFactor >= 1, were "
                    + leaderPartitions + ", " + partitionReplicas + ", " + replicationFactor);
        }
    }

    /** Peak egress over peak ingress, as the sizing model defines fan-out; 1 when nothing was produced. */
    public double fanOut() {
        return peakIngressMBps > 0 ? peakEgressMBps / peakIngressMBps : 1;
    }

    /** The same workload with ingress, egress and storage scaled, e.g. to a forecast. */
    public MeasuredProfile scaled(double ingressFactor, double egressFactor, double storageFactor) {
        return new MeasuredProfile(avgIngressMBps * ingressFactor, peakIngressMBps * ingressFactor,
                avgEgressMBps * egressFactor, peakEgressMBps * egressFactor, leaderPartitions, partitionReplicas,
                replicationFactor, storageUsedGiB * storageFactor, peakPercentile, availabilityZones, tieredStorage);
    }

    private static void nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + v);
        }
    }
}
