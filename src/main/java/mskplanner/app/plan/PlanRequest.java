package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/v1/plan}, {@code GET /api/v1/plan?...} and {@code msk-planner plan}: a workload to size, as Jackson
 * binds it (unknown fields refused). Every field is optional except the ingress (avgIngressMBps, or messagesPerSecond
 * with avgMessageBytes, or a topic inventory in {@code topics}). Names, units, defaults and ranges are declared once,
 * in {@link PlanField}; {@code PlanFieldTest} keeps this record's components and that declaration the same list, but
 * for {@link #TOPICS}, a list of {@link TopicRequest}s that replaces the aggregate traffic ({@link TopicMapping}).
 */
public record PlanRequest(String region, Double avgIngressMBps, Double peakIngressMBps, Double avgEgressMBps,
                          Double peakEgressMBps, Integer consumerGroups, Double messagesPerSecond, Double avgMessageBytes,
                          Integer partitions, Integer maxConsumerParallelism, Double writeMBpsPerPartition,
                          Double readMBpsPerPartition, Integer replicationFactor, Integer minInsyncReplicas,
                          Integer availabilityZones, Double retentionHours, Double localRetentionHours,
                          Double utilizationStandard, Double utilizationExpress, Double provisionedThroughputMiBps,
                          Boolean rackAwareConsumers, Integer brokerQuota, String preset, Double hoursPerMonth,
                          Long maxMessageBytes, Double diskHeadroom, Boolean useMaxPartitions, Double mskDiscountPercent,
                          Double opsHoursPerMonth, BigDecimal opsHourlyUsd, Integer compactedPartitions,
                          String authentication, Integer connectWorkers, Double mcuPerWorker, Boolean breakEven,
                          List<TopicRequest> topics) {
    public static final String DEFAULT_REGION = "us-east-1";
    /** The one field that is not a {@link PlanField}: the topic inventory, a list ({@link TopicRequest}). */
    public static final String TOPICS = "topics";

    public PlanRequest {
        topics = topics == null ? null : List.copyOf(topics);
    }

    /** Every field but the topic inventory. */
    public PlanRequest(String region, Double avgIngressMBps, Double peakIngressMBps, Double avgEgressMBps,
                       Double peakEgressMBps, Integer consumerGroups, Double messagesPerSecond, Double avgMessageBytes,
                       Integer partitions, Integer maxConsumerParallelism, Double writeMBpsPerPartition,
                       Double readMBpsPerPartition, Integer replicationFactor, Integer minInsyncReplicas,
                       Integer availabilityZones, Double retentionHours, Double localRetentionHours,
                       Double utilizationStandard, Double utilizationExpress, Double provisionedThroughputMiBps,
                       Boolean rackAwareConsumers, Integer brokerQuota, String preset, Double hoursPerMonth,
                       Long maxMessageBytes, Double diskHeadroom, Boolean useMaxPartitions, Double mskDiscountPercent,
                       Double opsHoursPerMonth, BigDecimal opsHourlyUsd, Integer compactedPartitions,
                       String authentication, Integer connectWorkers, Double mcuPerWorker, Boolean breakEven) {
        this(region, avgIngressMBps, peakIngressMBps, avgEgressMBps, peakEgressMBps, consumerGroups, messagesPerSecond,
                avgMessageBytes, partitions, maxConsumerParallelism, writeMBpsPerPartition, readMBpsPerPartition,
                replicationFactor, minInsyncReplicas, availabilityZones, retentionHours, localRetentionHours,
                utilizationStandard, utilizationExpress, provisionedThroughputMiBps, rackAwareConsumers, brokerQuota,
                preset, hoursPerMonth, maxMessageBytes, diskHeadroom, useMaxPartitions, mskDiscountPercent,
                opsHoursPerMonth, opsHourlyUsd, compactedPartitions, authentication, connectWorkers, mcuPerWorker,
                breakEven, null);
    }

    /** The sizing fields only (the decision-matrix fields take their defaults). */
    public PlanRequest(String region, Double avgIngressMBps, Double peakIngressMBps, Double avgEgressMBps,
                       Double peakEgressMBps, Integer consumerGroups, Double messagesPerSecond, Double avgMessageBytes,
                       Integer partitions, Integer maxConsumerParallelism, Double writeMBpsPerPartition,
                       Double readMBpsPerPartition, Integer replicationFactor, Integer minInsyncReplicas,
                       Integer availabilityZones, Double retentionHours, Double localRetentionHours,
                       Double utilizationStandard, Double utilizationExpress, Double provisionedThroughputMiBps,
                       Boolean rackAwareConsumers, Integer brokerQuota, String preset, Double hoursPerMonth,
                       Long maxMessageBytes, Double diskHeadroom, Boolean useMaxPartitions) {
        this(region, avgIngressMBps, peakIngressMBps, avgEgressMBps, peakEgressMBps, consumerGroups, messagesPerSecond,
                avgMessageBytes, partitions, maxConsumerParallelism, writeMBpsPerPartition, readMBpsPerPartition,
                replicationFactor, minInsyncReplicas, availabilityZones, retentionHours, localRetentionHours,
                utilizationStandard, utilizationExpress, provisionedThroughputMiBps, rackAwareConsumers, brokerQuota,
                preset, hoursPerMonth, maxMessageBytes, diskHeadroom, useMaxPartitions, null, null, null, null, null, null,
                null, null, null);
    }

    /** The same request with this topic inventory (e.g. read from a pasted CSV). */
    public PlanRequest withTopics(List<TopicRequest> inventory) {
        return new PlanRequest(region, avgIngressMBps, peakIngressMBps, avgEgressMBps, peakEgressMBps, consumerGroups,
                messagesPerSecond, avgMessageBytes, partitions, maxConsumerParallelism, writeMBpsPerPartition,
                readMBpsPerPartition, replicationFactor, minInsyncReplicas, availabilityZones, retentionHours,
                localRetentionHours, utilizationStandard, utilizationExpress, provisionedThroughputMiBps,
                rackAwareConsumers, brokerQuota, preset, hoursPerMonth, maxMessageBytes, diskHeadroom, useMaxPartitions,
                mskDiscountPercent, opsHoursPerMonth, opsHourlyUsd, compactedPartitions, authentication, connectWorkers,
                mcuPerWorker, breakEven, inventory);
    }
}
