package mskplanner.engine.sizing;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.format.Format;

/**
 * A workload as the architect knows it, resolved: every rate in MB/s (10^6 bytes/s), every default applied. Build one
 * with {@link #builder()}, which derives egress from consumer groups and ingress from messages x bytes. Errors name the
 * request field. Checks that need the service limits or the broker quota are the {@link Planner}'s.
 *
 * @param avgIngressMBps average producer throughput into the cluster, MB/s
 * @param peakIngressMBps peak producer throughput, MB/s
 * @param avgEgressMBps average consumer throughput out of the cluster, MB/s
 * @param peakEgressMBps peak consumer throughput, MB/s
 * @param consumerGroups consumer groups reading the full stream, when given
 * @param messagesPerSecond average messages per second, when given
 * @param avgMessageBytes average message size in bytes, when given
 * @param maxMessageBytes largest message in bytes, when given
 * @param partitions leader partitions, when given (otherwise the partition formula decides)
 * @param maxConsumerParallelism consumers of the largest group that must all get a partition
 * @param replicationFactor replicas per partition on Standard brokers
 * @param minInsyncReplicas {@code min.insync.replicas}
 * @param availabilityZones AZs the Standard cluster spans
 * @param retentionHours how long data is kept in total, hours
 * @param localRetentionHours how long data stays on broker storage (hot tier), hours; less than retention = tiered storage
 * @param provisionedThroughputMiBps provisioned storage throughput per broker, MiB/s, when wanted
 * @param rackAwareConsumers whether consumers fetch from a replica in their own AZ (no cross-AZ consumer traffic)
 */
public record WorkloadProfile(double avgIngressMBps, double peakIngressMBps, double avgEgressMBps, double peakEgressMBps,
                              OptionalInt consumerGroups, OptionalDouble messagesPerSecond, OptionalDouble avgMessageBytes,
                              OptionalLong maxMessageBytes, OptionalInt partitions, int maxConsumerParallelism,
                              int replicationFactor, int minInsyncReplicas, int availabilityZones, double retentionHours,
                              double localRetentionHours, OptionalDouble provisionedThroughputMiBps,
                              boolean rackAwareConsumers) {
    /** A century: longer is a typo, and would overflow the storage arithmetic. */
    public static final double MAX_RETENTION_HOURS = 876_000;

    public WorkloadProfile {
        Inputs.rate("avgIngressMBps", avgIngressMBps);
        Inputs.rate("peakIngressMBps", peakIngressMBps);
        Inputs.rate("avgEgressMBps", avgEgressMBps);
        Inputs.rate("peakEgressMBps", peakEgressMBps);
        notBelow("peakIngressMBps", peakIngressMBps, "avgIngressMBps", avgIngressMBps);
        notBelow("peakEgressMBps", peakEgressMBps, "avgEgressMBps", avgEgressMBps);
        consumerGroups.ifPresent(g -> Inputs.atLeast("consumerGroups", g, 1));
        messagesPerSecond.ifPresent(m -> Inputs.positive("messagesPerSecond", m));
        avgMessageBytes.ifPresent(b -> Inputs.messageBytes("avgMessageBytes", b));
        maxMessageBytes.ifPresent(b -> {
            if (b < 1) {
                throw new InvalidInputException("maxMessageBytes", b, "a whole number of bytes >= 1");
            }
        });
        partitions.ifPresent(p -> Inputs.atLeast("partitions", p, 1));
        Inputs.atLeast("maxConsumerParallelism", maxConsumerParallelism, 1);
        Inputs.atLeast("replicationFactor", replicationFactor, 1);
        Inputs.atLeast("minInsyncReplicas", minInsyncReplicas, 1);
        if (minInsyncReplicas > replicationFactor) {
            throw new InvalidInputException("minInsyncReplicas", minInsyncReplicas,
                    "at most replicationFactor (" + replicationFactor + "); RF - 1 is the usual choice");
        }
        Inputs.atLeast("availabilityZones", availabilityZones, 1);
        Inputs.positiveAtMost("retentionHours", retentionHours, MAX_RETENTION_HOURS);
        Inputs.positiveAtMost("localRetentionHours", localRetentionHours, MAX_RETENTION_HOURS);
        if (localRetentionHours > retentionHours) {
            throw new InvalidInputException("localRetentionHours", Format.plain(localRetentionHours),
                    "at most retentionHours (" + Format.plain(retentionHours) + "); less than it turns on tiered storage");
        }
        provisionedThroughputMiBps.ifPresent(t -> Inputs.positive("provisionedThroughputMiBps", t));
    }

    public static WorkloadProfileBuilder builder() {
        return new WorkloadProfileBuilder();
    }

    private static void notBelow(String peakField, double peak, String avgField, double avg) {
        if (peak < avg) {
            throw new InvalidInputException(peakField, peak, "at least " + avgField + " (" + Format.plain(avg) + ")");
        }
    }

    /** Consumer fan-out: peak egress / peak ingress (the number of consumer groups reading the full stream). */
    public double fanOut() {
        return peakEgressMBps / peakIngressMBps;
    }

    /** Tiered storage is on when data is kept longer than it stays on broker storage. */
    public boolean tieredStorage() {
        return retentionHours > localRetentionHours;
    }

    /**
     * Peak egress of one consumer group, MB/s: peak egress / groups when the group count is given; otherwise each group
     * is taken to read the full stream, so one group reads min(peak ingress, peak egress).
     */
    public double peakEgressPerConsumerGroupMBps() {
        return consumerGroups.isPresent() ? peakEgressMBps / consumerGroups.getAsInt()
                : Math.min(peakIngressMBps, peakEgressMBps);
    }

    /** The same profile with these leader partitions (e.g. held fixed while a break-even sweep scales the rates). */
    public WorkloadProfile withPartitions(int leaders) {
        return new WorkloadProfile(avgIngressMBps, peakIngressMBps, avgEgressMBps, peakEgressMBps, consumerGroups,
                messagesPerSecond, avgMessageBytes, maxMessageBytes, OptionalInt.of(leaders), maxConsumerParallelism,
                replicationFactor, minInsyncReplicas, availabilityZones, retentionHours, localRetentionHours,
                provisionedThroughputMiBps, rackAwareConsumers);
    }

    /**
     * The same shape at another average ingress: every rate (and messages per second) scaled by the same factor, so the
     * peak/average ratio and the fan-out hold; partitions, retention and settings are unchanged.
     */
    public WorkloadProfile scaledTo(double newAvgIngressMBps) {
        Inputs.rate("avgIngressMBps", newAvgIngressMBps);
        double k = newAvgIngressMBps / avgIngressMBps;
        OptionalDouble messages = messagesPerSecond.isPresent()
                ? OptionalDouble.of(messagesPerSecond.getAsDouble() * k) : messagesPerSecond;
        // k x peak can round to just below the new average when peak = average; the shape says they stay equal
        double avgOut = avgEgressMBps * k;
        return new WorkloadProfile(newAvgIngressMBps, Math.max(newAvgIngressMBps, peakIngressMBps * k), avgOut,
                Math.max(avgOut, peakEgressMBps * k),
                consumerGroups, messages, avgMessageBytes, maxMessageBytes, partitions, maxConsumerParallelism,
                replicationFactor, minInsyncReplicas, availabilityZones, retentionHours, localRetentionHours,
                provisionedThroughputMiBps, rackAwareConsumers);
    }
}
