package mskplanner.engine.sizing;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.units.Units;

/**
 * Collects request inputs ({@code null} = not given) and resolves them into a {@link WorkloadProfile}.
 * <ul>
 * <li>Ingress: {@code avgIngressMBps}, or {@code messagesPerSecond x avgMessageBytes / 10^6} when it is absent;
 *     peak defaults to average.</li>
 * <li>Egress: defaults to ingress x {@code consumerGroups} (1 when absent); when only one of average or peak egress
 *     is given, the other follows the ingress peak/average ratio.</li>
 * <li>RF 3, min.insync.replicas min(2, RF), 3 AZs, retention 168 h (Kafka's default 7 days), local retention =
 *     retention (no tiered storage), consumer parallelism 1, rack-aware consumers.</li>
 * </ul>
 */
public final class WorkloadProfileBuilder {
    public static final int DEFAULT_REPLICATION_FACTOR = 3;
    public static final int DEFAULT_MIN_INSYNC_REPLICAS = 2;
    public static final int DEFAULT_AVAILABILITY_ZONES = 3;
    /** Kafka's {@code log.retention.hours} default. */
    public static final double DEFAULT_RETENTION_HOURS = 168;

    private Double avgIngress;
    private Double peakIngress;
    private Double avgEgress;
    private Double peakEgress;
    private Integer consumerGroups;
    private Double messagesPerSecond;
    private Double avgMessageBytes;
    private Long maxMessageBytes;
    private Integer partitions;
    private Integer parallelism;
    private Integer replicationFactor;
    private Integer minInsyncReplicas;
    private Integer availabilityZones;
    private Double retentionHours;
    private Double localRetentionHours;
    private Double provisionedThroughput;
    private Boolean rackAware;

    WorkloadProfileBuilder() {
    }

    public WorkloadProfileBuilder avgIngressMBps(Double v) { avgIngress = v; return this; }
    public WorkloadProfileBuilder peakIngressMBps(Double v) { peakIngress = v; return this; }
    public WorkloadProfileBuilder avgEgressMBps(Double v) { avgEgress = v; return this; }
    public WorkloadProfileBuilder peakEgressMBps(Double v) { peakEgress = v; return this; }
    public WorkloadProfileBuilder consumerGroups(Integer v) { consumerGroups = v; return this; }
    public WorkloadProfileBuilder messagesPerSecond(Double v) { messagesPerSecond = v; return this; }
    public WorkloadProfileBuilder avgMessageBytes(Double v) { avgMessageBytes = v; return this; }
    public WorkloadProfileBuilder maxMessageBytes(Long v) { maxMessageBytes = v; return this; }
    public WorkloadProfileBuilder partitions(Integer v) { partitions = v; return this; }
    public WorkloadProfileBuilder maxConsumerParallelism(Integer v) { parallelism = v; return this; }
    public WorkloadProfileBuilder replicationFactor(Integer v) { replicationFactor = v; return this; }
    public WorkloadProfileBuilder minInsyncReplicas(Integer v) { minInsyncReplicas = v; return this; }
    public WorkloadProfileBuilder availabilityZones(Integer v) { availabilityZones = v; return this; }
    public WorkloadProfileBuilder retentionHours(Double v) { retentionHours = v; return this; }
    public WorkloadProfileBuilder localRetentionHours(Double v) { localRetentionHours = v; return this; }
    public WorkloadProfileBuilder provisionedThroughputMiBps(Double v) { provisionedThroughput = v; return this; }
    public WorkloadProfileBuilder rackAwareConsumers(Boolean v) { rackAware = v; return this; }

    public WorkloadProfile build() {
        if (consumerGroups != null) {
            Inputs.atLeast("consumerGroups", consumerGroups, 1);
        }
        double avgIn = avgIngress();
        double peakIn = peakIngress == null ? avgIn : Inputs.rate("peakIngressMBps", peakIngress);
        double groups = consumerGroups == null ? 1 : consumerGroups;
        if (avgEgress != null) {
            Inputs.rate("avgEgressMBps", avgEgress);
        }
        if (peakEgress != null) {
            Inputs.rate("peakEgressMBps", peakEgress);
        }
        double avgOut = avgEgress != null ? avgEgress : peakEgress != null ? peakEgress * avgIn / peakIn : avgIn * groups;
        double peakOut = peakEgress != null ? peakEgress : avgEgress != null ? avgEgress * peakIn / avgIn : peakIn * groups;
        int rf = replicationFactor == null ? DEFAULT_REPLICATION_FACTOR : replicationFactor;
        int minIsr = minInsyncReplicas == null ? Math.max(1, Math.min(DEFAULT_MIN_INSYNC_REPLICAS, rf)) : minInsyncReplicas;
        double retention = retentionHours == null ? DEFAULT_RETENTION_HOURS : retentionHours;
        double local = localRetentionHours == null ? retention : localRetentionHours;
        return new WorkloadProfile(avgIn, peakIn, avgOut, peakOut, optional(consumerGroups), optional(messagesPerSecond),
                optional(avgMessageBytes), maxMessageBytes == null ? OptionalLong.empty() : OptionalLong.of(maxMessageBytes),
                optional(partitions), parallelism == null ? 1 : parallelism, rf, minIsr,
                availabilityZones == null ? DEFAULT_AVAILABILITY_ZONES : availabilityZones, retention, local,
                optional(provisionedThroughput), rackAware == null || rackAware);
    }

    private double avgIngress() {
        if (avgIngress != null) {
            return Inputs.rate("avgIngressMBps", avgIngress);
        }
        if (messagesPerSecond == null) {
            throw new InvalidInputException("avgIngressMBps", null,
                    "required: give avgIngressMBps, or messagesPerSecond with avgMessageBytes");
        }
        Inputs.positive("messagesPerSecond", messagesPerSecond);
        if (avgMessageBytes == null) {
            throw new InvalidInputException("avgMessageBytes", null, "required with messagesPerSecond");
        }
        Inputs.messageBytes("avgMessageBytes", avgMessageBytes);
        double mbps = messagesPerSecond * avgMessageBytes / Units.BYTES_PER_MB;
        if (!(mbps > 0) || mbps > Inputs.MAX_RATE_MBPS) {
            throw new InvalidInputException("messagesPerSecond", messagesPerSecond,
                    "a rate that with avgMessageBytes gives > 0 and <= " + (long) Inputs.MAX_RATE_MBPS + " MB/s");
        }
        return mbps;
    }

    private static OptionalInt optional(Integer v) {
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static OptionalDouble optional(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
