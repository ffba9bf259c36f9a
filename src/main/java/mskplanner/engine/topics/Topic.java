package mskplanner.engine.topics;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.format.Format;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.units.Units;

/**
 * One topic of an inventory, resolved (defaults applied). Errors name the topic and the field, e.g.
 * {@code topics[orders].retentionHours}. Rates are MB/s (10^6 bytes/s); sizes GiB (2^30 bytes).
 *
 * @param name the topic name, as Kafka allows it (letters, digits, {@code .}, {@code _}, {@code -}; at most 249)
 * @param partitions leader partitions of the topic
 * @param replicationFactor copies of each partition
 * @param retentionHours how long the topic keeps data in total ({@code retention.ms}), hours
 * @param localRetentionHours how long data stays on broker storage ({@code local.retention.ms}); less than the
 *                            retention = the rest is in tiered storage
 * @param avgIngressMBps average producer throughput into the topic, MB/s (0 for an idle topic)
 * @param peakIngressMBps peak producer throughput into the topic, MB/s
 * @param consumerGroups consumer groups reading the whole topic (0 for a topic nobody reads)
 * @param cleanupPolicy delete or compact
 * @param compactedSizeGiB a compacted topic's size after compaction, one copy, GiB (compacted topics only)
 * @param avgMessageBytes the topic's average message size in bytes, when given
 */
public record Topic(String name, int partitions, int replicationFactor, double retentionHours, double localRetentionHours,
                    double avgIngressMBps, double peakIngressMBps, int consumerGroups, CleanupPolicy cleanupPolicy,
                    OptionalDouble compactedSizeGiB, OptionalDouble avgMessageBytes) {
    /** Kafka's legal topic names ({@code org.apache.kafka.common.internals.Topic}); also safe unquoted in a shell. */
    private static final Pattern LEGAL_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    /** A compacted topic of an exbibyte is a typo. */
    public static final double MAX_COMPACTED_GIB = 1_073_741_824d;
    private static final double GIB_PER_MB_HOUR = Units.BYTES_PER_MB * Units.SECONDS_PER_HOUR / Units.BYTES_PER_GIB;

    public Topic {
        Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
        if (name == null || !LEGAL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("topic name must be checked with Topic.checkName first, was " + name);
        }
        try {
            check(partitions, replicationFactor, retentionHours, localRetentionHours, avgIngressMBps, peakIngressMBps,
                    consumerGroups, cleanupPolicy, compactedSizeGiB, avgMessageBytes);
        } catch (InvalidInputException e) {
            throw e.under(field(name));
        }
    }

    /** The path errors about this topic are reported under: {@code topics[orders]}. */
    public static String field(String topic) {
        return "topics[" + topic + "]";
    }

    /** The name of the topic at {@code index} (0-based) of an inventory, checked: errors say {@code topics[3].name}. */
    public static String checkName(int index, String name) {
        if (name == null || !LEGAL_NAME.matcher(name).matches()) {
            throw new InvalidInputException("topics[" + index + "].name", name,
                    "a Kafka topic name: 1 to 249 letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    private static void check(int partitions, int replicationFactor, double retentionHours, double localRetentionHours,
                              double avgIngressMBps, double peakIngressMBps, int consumerGroups, CleanupPolicy policy,
                              OptionalDouble compactedSizeGiB, OptionalDouble avgMessageBytes) {
        Inputs.atLeast("partitions", partitions, 1);
        Inputs.atLeast("replicationFactor", replicationFactor, 1);
        Inputs.positiveAtMost("retentionHours", retentionHours, WorkloadProfile.MAX_RETENTION_HOURS);
        Inputs.positiveAtMost("localRetentionHours", localRetentionHours, WorkloadProfile.MAX_RETENTION_HOURS);
        if (localRetentionHours > retentionHours) {
            throw new InvalidInputException("localRetentionHours", Format.plain(localRetentionHours),
                    "at most retentionHours (" + Format.plain(retentionHours) + "); less than it turns on tiered storage");
        }
        Inputs.between("avgIngressMBps", avgIngressMBps, 0, Inputs.MAX_RATE_MBPS);
        Inputs.between("peakIngressMBps", peakIngressMBps, avgIngressMBps, Inputs.MAX_RATE_MBPS);
        Inputs.atLeast("consumerGroups", consumerGroups, 0);
        avgMessageBytes.ifPresent(b -> Inputs.messageBytes("avgMessageBytes", b));
        if (policy == CleanupPolicy.COMPACT) {
            if (compactedSizeGiB.isEmpty()) {
                throw new InvalidInputException("compactedSizeGiB", null,
                        "required for a compacted topic: its size after compaction, one copy, GiB");
            }
            Inputs.positiveAtMost("compactedSizeGiB", compactedSizeGiB.getAsDouble(), MAX_COMPACTED_GIB);
        } else if (compactedSizeGiB.isPresent()) {
            throw new InvalidInputException("compactedSizeGiB", compactedSizeGiB.getAsDouble(),
                    "left out unless cleanupPolicy is compact (a delete topic's size is ingress x retention)");
        }
    }

    public boolean compacted() {
        return cleanupPolicy == CleanupPolicy.COMPACT;
    }

    /** Part of the retention held in tiered storage (never for compacted topics, which tiered storage does not take). */
    public boolean tiered() {
        return !compacted() && localRetentionHours < retentionHours;
    }

    /**
     * One copy of what the topic keeps on broker storage, GiB: avg ingress (MB/s) x 10^6 x 3600 x local retention (h)
     * / 2^30; a compacted topic's given size.
     */
    public double localCopyGiB() {
        return compacted() ? compactedSizeGiB.getAsDouble() : avgIngressMBps * GIB_PER_MB_HOUR * localRetentionHours;
    }

    /** Broker (EBS) storage the topic needs, GiB: one local copy x RF x the disk headroom (2.0 = disks half full). */
    public double ebsGiB(double diskHeadroom) {
        return localCopyGiB() * replicationFactor * diskHeadroom;
    }

    /** Tiered storage, GiB, one copy (MSK keeps one copy there): avg ingress x (retention - local retention). */
    public double tieredGiB() {
        return tiered() ? avgIngressMBps * GIB_PER_MB_HOUR * (retentionHours - localRetentionHours) : 0;
    }

    /** Egress of the topic, MB/s: ingress x the groups reading it. */
    public double avgEgressMBps() {
        return avgIngressMBps * consumerGroups;
    }

    public double peakEgressMBps() {
        return peakIngressMBps * consumerGroups;
    }

    /** The same topic keeping {@code hours} on broker storage (the rest tiered). */
    public Topic withLocalRetentionHours(double hours) {
        return new Topic(name, partitions, replicationFactor, retentionHours, hours, avgIngressMBps, peakIngressMBps,
                consumerGroups, cleanupPolicy, compactedSizeGiB, avgMessageBytes);
    }

    /** GiB per hour of retention at an ingress, MB/s: 10^6 x 3600 / 2^30 per MB/s. */
    static double gibPerHour(double mbps) {
        return mbps * GIB_PER_MB_HOUR;
    }
}
