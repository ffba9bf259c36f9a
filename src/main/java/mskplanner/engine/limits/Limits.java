package mskplanner.engine.limits;

import java.util.List;

/**
 * Service limits and quotas that are not per instance size, as bundled in {@code pricing-data/limits.json}.
 * Units are in the field names (MB = 10^6 bytes, MiB = 2^20 bytes).
 */
public record Limits(Standard standard, Express express, Serverless serverless, Kafka kafka, Kinesis kinesis,
                     CloudWatch cloudwatch, Ec2 ec2) {

    /** MSK Standard brokers. */
    public record Standard(int storageGiBPerBrokerMin, int storageGiBPerBrokerMax, double defaultVolumeThroughputMiBps,
                           int pstMinVolumeGiB, int brokersPerClusterKraft, int brokersPerClusterZookeeper,
                           int brokersPerAccount, List<Integer> allowedAvailabilityZones, double cpuAlarmPercent,
                           double cpuReassignMaxPercent, double diskAlarmPercent, double diskRightSizeMaxPercent) {
        public Standard {
            allowedAvailabilityZones = List.copyOf(allowedAvailabilityZones);
        }
    }

    /** MSK Express brokers: fixed replication and AZ layout. */
    public record Express(int replicationFactor, int minInsyncReplicas, int availabilityZones,
                          double egressToSustainedIngressRatio, double maxPartitionIngressMBps) {
    }

    /** MSK Serverless quotas, per cluster; {@code history} holds the older (2023) values the seed guide quotes. */
    public record Serverless(double maxIngressMBps, double maxEgressMBps, int maxPartitions, int maxPartitionsCompacted,
                             double maxIngressPerPartitionMBps, double maxEgressPerPartitionMBps, long maxMessageBytes,
                             int maxClientConnections, int maxConsumerGroups, String authentication, History history) {
        public record History(String asOf, int maxPartitions, int maxRetentionHours, int maxClientConnections, String note) {
        }
    }

    /** Apache Kafka defaults that matter for sizing. */
    public record Kafka(long defaultMaxMessageBytes) {
    }

    /** Kinesis Data Streams shard and record limits: shard throughput in MiB/s, as the Kinesis quotas and calculator give it. */
    public record Kinesis(double shardIngressMiBps, int shardIngressRecordsPerSecond, double shardEgressMiBps,
                          long maxRecordBytes, long putPayloadUnitBytes, long onDemandRecordRoundingBytes,
                          int includedRetentionHours, int extendedRetentionHours, int sharedThroughputConsumersPerShard,
                          int enhancedFanOutConsumersMax) {
    }

    /** CloudWatch GetMetricData limits and metric retention. */
    public record CloudWatch(int getMetricDataMaxQueries, int safeQueriesPerCall, int getMetricDataMaxDatapoints,
                             int retention60sDays, int retention300sDays, int retention3600sDays) {
    }

    /** EC2 gp3 volume allowances for self-managed Kafka. */
    public record Ec2(int gp3FreeIops, double gp3FreeThroughputMiBps, double gp3MaxThroughputMiBps, int gp3MaxVolumeGiB) {
    }
}
