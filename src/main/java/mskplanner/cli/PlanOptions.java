package mskplanner.cli;

import java.math.BigDecimal;

import picocli.CommandLine.Option;

/**
 * The plan request as flags: each flag is the kebab-case form of a JSON field of {@code POST /api/v1/plan}, and the
 * Java field carries the JSON name, so {@link PlanCommand} overlays them on {@code --file} by name.
 */
public final class PlanOptions {
    @Option(names = "--region", description = "AWS region (default: us-east-1)")
    String region;
    @Option(names = "--avg-ingress-mbps", paramLabel = "MB/s", description = "Average producer throughput, MB/s (10^6 B/s)")
    Double avgIngressMBps;
    @Option(names = "--peak-ingress-mbps", paramLabel = "MB/s", description = "Peak producer throughput (default: average)")
    Double peakIngressMBps;
    @Option(names = "--avg-egress-mbps", paramLabel = "MB/s", description = "Average consumer throughput (default: ingress x groups)")
    Double avgEgressMBps;
    @Option(names = "--peak-egress-mbps", paramLabel = "MB/s", description = "Peak consumer throughput (default: ingress x groups)")
    Double peakEgressMBps;
    @Option(names = "--consumer-groups", description = "Consumer groups reading the full stream (default: 1)")
    Integer consumerGroups;
    @Option(names = "--messages-per-second", description = "Average messages per second (with --avg-message-bytes, instead of MB/s)")
    Double messagesPerSecond;
    @Option(names = "--avg-message-bytes", description = "Average message size, bytes")
    Double avgMessageBytes;
    @Option(names = "--max-message-bytes", description = "Largest message, bytes (warns above Kafka's default 1048588)")
    Long maxMessageBytes;
    @Option(names = "--partitions", description = "Leader partitions (default: the partition formula)")
    Integer partitions;
    @Option(names = "--max-consumer-parallelism", description = "Consumers in the largest group (default: 1)")
    Integer maxConsumerParallelism;
    @Option(names = "--write-mbps-per-partition", paramLabel = "MB/s", description = "Producer throughput per partition (default: 12)")
    Double writeMBpsPerPartition;
    @Option(names = "--read-mbps-per-partition", paramLabel = "MB/s", description = "Consumer throughput per partition (default: 50)")
    Double readMBpsPerPartition;
    @Option(names = "--replication-factor", description = "Default: 3")
    Integer replicationFactor;
    @Option(names = "--min-insync-replicas", description = "Default: min(2, RF)")
    Integer minInsyncReplicas;
    @Option(names = "--availability-zones", description = "2 or 3 (default: 3)")
    Integer availabilityZones;
    @Option(names = "--retention-hours", description = "Total retention, hours (default: 168)")
    Double retentionHours;
    @Option(names = "--local-retention-hours", description = "Hot-tier retention on broker storage, hours (default: retention)")
    Double localRetentionHours;
    @Option(names = "--utilization-standard", description = "Share of Standard broker capacity used at peak (default: 0.5)")
    Double utilizationStandard;
    @Option(names = "--utilization-express", description = "Share of Express sustained ingress used at peak (default: 0.75)")
    Double utilizationExpress;
    @Option(names = "--provisioned-throughput-mibps", paramLabel = "MiB/s", description = "Provisioned storage throughput per broker, 250-1000")
    Double provisionedThroughputMiBps;
    @Option(names = "--rack-aware-consumers", arity = "1", paramLabel = "true|false", description = "Consumers fetch in their own AZ (default: true)")
    Boolean rackAwareConsumers;
    @Option(names = "--broker-quota", description = "Brokers allowed per cluster (default: 60)")
    Integer brokerQuota;
    @Option(names = "--preset", description = "aws-workbook or sustained-throughput (default: aws-workbook)")
    String preset;
    @Option(names = "--hours-per-month", description = "Hours billed per month (default: 730)")
    Double hoursPerMonth;
    @Option(names = "--disk-headroom", description = "EBS provisioned per GiB retained (default: 2.0)")
    Double diskHeadroom;
    @Option(names = "--use-max-partitions", arity = "0..1", description = "Size against the maximum partitions per broker")
    Boolean useMaxPartitions;
    @Option(names = "--msk-discount-percent", paramLabel = "%", description = "Your private-pricing/EDP discount on MSK, 0-100 (an assumption, shown beside list prices)")
    Double mskDiscountPercent;
    @Option(names = "--ops-hours-per-month", description = "Operations hours self-managed Kafka needs per month (default: 0)")
    Double opsHoursPerMonth;
    @Option(names = "--ops-hourly-usd", paramLabel = "USD", description = "Cost of one operations hour (default: 0)")
    BigDecimal opsHourlyUsd;
    @Option(names = "--compacted-partitions", description = "Leader partitions of compacted topics (default: 0)")
    Integer compactedPartitions;
    @Option(names = "--authentication", description = "iam, scram, tls or unauthenticated (default: iam)")
    String authentication;
    @Option(names = "--connect-workers", description = "MSK Connect workers to price (default: none)")
    Integer connectWorkers;
    @Option(names = "--mcu-per-worker", description = "MCUs per Connect worker (default: 1)")
    Double mcuPerWorker;
    @Option(names = "--break-even", arity = "1", paramLabel = "true|false", description = "Run the break-even sweep (default: true)")
    Boolean breakEven;
}
