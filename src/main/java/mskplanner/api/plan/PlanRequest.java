package mskplanner.api.plan;

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
 */
public record PlanRequest(String region, Double avgIngressMBps, Double peakIngressMBps, Double avgEgressMBps,
                          Double peakEgressMBps, Integer consumerGroups, Double messagesPerSecond, Double avgMessageBytes,
                          Integer partitions, Integer maxConsumerParallelism, Double writeMBpsPerPartition,
                          Double readMBpsPerPartition, Integer replicationFactor, Integer minInsyncReplicas,
                          Integer availabilityZones, Double retentionHours, Double localRetentionHours,
                          Double utilizationStandard, Double utilizationExpress, Double provisionedThroughputMiBps,
                          Boolean rackAwareConsumers, Integer brokerQuota, String preset, Double hoursPerMonth,
                          Long maxMessageBytes, Double diskHeadroom, Boolean useMaxPartitions) {
    public static final String DEFAULT_REGION = "us-east-1";
}
