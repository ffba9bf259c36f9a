package mskplanner.web.page.plan;

import java.util.List;
import mskplanner.pricing.PricingData;
import mskplanner.web.page.Field.Option;
import mskplanner.web.page.Field;
import mskplanner.web.page.FieldGroup;

/**
 * The plan form's inputs, named as the plan API's request fields (so a results URL is also an API call), grouped
 * as the form shows them. Defaults are the model's (sizing-model.md), pre-filled so the visitor sees what is assumed.
 */
final class PlanFields {
    private PlanFields() {
    }

    static List<FieldGroup> groups(PricingData pricing) {
        return List.of(
                new FieldGroup("Throughput", false, List.of(
                        Field.number("avgIngressMBps", "Average ingress", "MB/s", "50",
                                "Producer throughput into the cluster, averaged. MB = 10\u2076 bytes (CloudWatch BytesInPerSec \u00F7 10\u2076)."),
                        Field.number("peakIngressMBps", "Peak ingress", "MB/s", "120", "Brokers are sized for the peak."),
                        Field.wholeNumber("consumerGroups", "Consumer groups", "", "2",
                                "Groups reading the full stream: egress = ingress \u00D7 groups unless given below."),
                        Field.number("avgEgressMBps", "Average egress", "MB/s", "", "Empty = average ingress \u00D7 consumer groups."),
                        Field.number("peakEgressMBps", "Peak egress", "MB/s", "", "Empty = peak ingress \u00D7 consumer groups."),
                        Field.number("messagesPerSecond", "Messages per second", "msg/s", "",
                                "Optional. With the message size, gives the ingress when that is empty."),
                        Field.number("avgMessageBytes", "Average message size", "bytes", "", "Optional, see messages per second."),
                        Field.wholeNumber("maxMessageBytes", "Largest message", "bytes", "",
                                "Optional. Above Kafka's default limit (1,048,588 bytes) is warned about."))),
                new FieldGroup("Partitions", false, List.of(
                        Field.wholeNumber("partitions", "Partitions", "leaders", "",
                                "Empty = the partition formula decides, shown with its arithmetic."),
                        Field.wholeNumber("maxConsumerParallelism", "Max consumer parallelism", "consumers", "24",
                                "Consumers of the largest group; each needs a partition."))),
                new FieldGroup("Durability and retention", false, List.of(
                        Field.wholeNumber("replicationFactor", "Replication factor", "", "3", "Copies of each partition (Express: always 3)."),
                        Field.wholeNumber("minInsyncReplicas", "Min in-sync replicas", "", "2", "min.insync.replicas; usually RF \u2212 1."),
                        Field.wholeNumber("availabilityZones", "Availability zones", "", "3",
                                "2 or 3. The cluster must carry the load with one AZ down."),
                        Field.number("retentionHours", "Retention", "hours", "168", "How long data is kept; 168 h = 7 days."),
                        Field.number("localRetentionHours", "Local retention", "hours", "",
                                "Hours on broker storage; less than retention turns on tiered storage. Empty = retention."),
                        Field.number("provisionedThroughputMiBps", "Provisioned storage throughput", "MiB/s per broker", "",
                                "4xlarge and larger only. Empty = off."),
                        Field.yesNo("rackAwareConsumers", "Rack-aware consumers", true,
                                "Consumers fetch from a replica in their own AZ, so their traffic does not cross AZs."))),
                new FieldGroup("Region and billing", false, List.of(
                        Field.select("region", "Region", "us-east-1", "Prices of this region are used.", regions(pricing)),
                        Field.number("hoursPerMonth", "Hours per month", "h", "730", "730 is the average month; 744 for a 31-day month."),
                        Field.wholeNumber("brokerQuota", "Broker quota", "brokers per cluster",
                                String.valueOf(pricing.limits().standard().brokersPerClusterKraft()),
                                "Options needing more brokers are listed but not recommended. AWS can raise it."))),
                new FieldGroup("Model assumptions", true, List.of(
                        Field.select("preset", "Sizing preset", "aws-workbook", "How Standard brokers are sized.", List.of(
                                new Option("aws-workbook", "AWS sizing workbook (I/O and network factors)"),
                                new Option("sustained-throughput", "Sustained throughput, AWS blog Equation 1 at 80%"))),
                        Field.number("utilizationStandard", "Utilization at peak, Standard", "0\u20131", "0.5",
                                "Share of a Standard broker's capacity used at peak (workbook: 0.5)."),
                        Field.number("utilizationExpress", "Utilization at peak, Express", "0\u20131", "0.75",
                                "Share of an Express broker's sustained ingress used at peak (workbook: 0.75)."),
                        Field.number("writeMBpsPerPartition", "Write throughput per partition", "MB/s", "12",
                                "What one partition takes from producers (seed guide: 10\u201315)."),
                        Field.number("readMBpsPerPartition", "Read throughput per partition", "MB/s", "50",
                                "What one partition serves to one consumer group."),
                        Field.number("diskHeadroom", "Disk headroom", "\u00D7 retained", "2",
                                "EBS provisioned per GiB retained; 2 keeps disks half full (workbook)."),
                        Field.yesNo("useMaxPartitions", "Size partitions against the maximum", false,
                                "No = against the recommended partitions per broker, as AWS advises."),
                        Field.number("mskDiscountPercent", "MSK discount", "%", "",
                                "Your private pricing or EDP discount on MSK lines: an assumption, shown beside list prices."))),
                new FieldGroup("Alternatives: Serverless, self-managed EC2, Kinesis, MSK Connect", true, List.of(
                        Field.wholeNumber("compactedPartitions", "Compacted partitions", "leaders", "",
                                "Leader partitions of compacted topics; Serverless allows fewer of them."),
                        Field.select("authentication", "Client authentication", "iam", "MSK Serverless accepts IAM only.",
                                List.of(new Option("iam", "IAM"), new Option("scram", "SASL/SCRAM"), new Option("tls", "mutual TLS"),
                                        new Option("unauthenticated", "unauthenticated"))),
                        Field.number("opsHoursPerMonth", "Operations work, self-managed", "hours per month", "",
                                "What running Kafka on EC2 yourself takes; empty = not priced."),
                        Field.number("opsHourlyUsd", "Cost of an operations hour", "USD", "", "With the hours above."),
                        Field.wholeNumber("connectWorkers", "MSK Connect workers", "workers", "", "Empty = no Connect priced."),
                        Field.number("mcuPerWorker", "MCUs per Connect worker", "MCU", "", "Empty = 1; needs Connect workers."),
                        Field.yesNo("breakEven", "Break-even curves", true, "Sweep the ingress for the cost curves; No answers faster."))));
    }

    private static List<Option> regions(PricingData pricing) {
        return pricing.sheets().values().stream()
                .map(s -> new Option(s.region(), s.region() + " (" + s.regionName() + ")")).toList();
    }
}
