package mskplanner.app.plan;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/plan}, {@code GET /api/v1/plan?...} and {@code msk-planner plan}: a workload to size, as Jackson
 * binds it (unknown fields refused). Every field is optional except the ingress (avgIngressMBps, or messagesPerSecond
 * with avgMessageBytes). Names, units, defaults and ranges are declared once, in {@link PlanField};
 * {@code PlanFieldTest} keeps this record's components and that declaration the same list.
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
                          String authentication, Integer connectWorkers, Double mcuPerWorker, Boolean breakEven) {
    public static final String DEFAULT_REGION = "us-east-1";

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
                null, null);
    }
}
