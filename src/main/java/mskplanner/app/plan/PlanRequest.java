package mskplanner.app.plan;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/plan}, {@code GET /api/v1/plan?...} and {@code msk-planner plan}: a workload to size. Field names
 * are a public contract (spreadsheets build the query string from them); every field is optional except the ingress
 * (avgIngressMBps, or messagesPerSecond with avgMessageBytes). Rates are MB/s = 10^6 bytes/s. Defaults: region
 * us-east-1; peak = average; egress = ingress x consumerGroups (1); partitions from the formula with
 * writeMBpsPerPartition 12, readMBpsPerPartition 50 and maxConsumerParallelism 1; replicationFactor 3,
 * minInsyncReplicas min(2, RF), availabilityZones 3; retentionHours 168, localRetentionHours = retentionHours;
 * utilizationStandard 0.5, utilizationExpress 0.75; no PST; rackAwareConsumers true; brokerQuota 60; preset
 * aws-workbook; hoursPerMonth 730; diskHeadroom 2.0; useMaxPartitions false.
 *
 * @param maxMessageBytes largest message, bytes: above Kafka's default 1048588 is warned about
 * @param diskHeadroom EBS provisioned per GiB retained (2.0 = disks half full)
 * @param useMaxPartitions size partitions against the per-broker maximum instead of the recommended count
 * @param mskDiscountPercent the user's private-pricing / EDP discount on MSK lines, 0..100 (default 0): an assumption,
 *                           shown beside list prices, never as an AWS price
 * @param opsHoursPerMonth hours of operations work self-managed Kafka needs per month (default 0)
 * @param opsHourlyUsd cost of one such hour (default 0)
 * @param compactedPartitions leader partitions of compacted topics (default 0; Serverless allows fewer)
 * @param authentication iam, scram, tls or unauthenticated (default iam; Serverless accepts IAM only)
 * @param connectWorkers MSK Connect workers to price (default: none)
 * @param mcuPerWorker MCUs per Connect worker (default 1; needs connectWorkers)
 * @param breakEven run the break-even sweep (default true; false is faster)
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
