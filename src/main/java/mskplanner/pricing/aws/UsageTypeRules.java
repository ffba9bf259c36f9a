package mskplanner.pricing.aws;

import static mskplanner.pricing.aws.PriceListQueries.DATA_TRANSFER;
import static mskplanner.pricing.aws.PriceListQueries.EC2;
import static mskplanner.pricing.aws.PriceListQueries.KINESIS;
import static mskplanner.pricing.aws.PriceListQueries.MSK;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The mapping table. Usage types marked unverified are guesses that follow AWS's naming; the published ones come from
 * the captures listed in aws-prices.md §5.2 (MSK), the EC2/EBS section, and Infracost's Kinesis filters.
 */
final class UsageTypeRules {
    /** An instance family such as {@code m5}, {@code m7g}, {@code t3}: letters, digits, optional suffix letters. */
    private static final String FAMILY = "([a-z]+[0-9]+[a-z]*)";
    private static final String SIZE = "([a-z0-9]+)";
    private static final String HOURS = "Hrs";

    static final List<UsageTypeRule> ALL = List.of(
            fixed(MSK, "Kafka\\.Storage\\.GP2", "storage-gb-month", "GB-month", "GB-Mo", true),
            fixed(MSK, "Kafka\\.Storage\\.Tiered", "tiered-storage-gb-month", "GB-month", "GB-Mo", true),
            fixed(MSK, "Kafka\\.DataRetrieval\\.Tiered", "tiered-retrieval-gb", "GB", "GB", true),
            UsageTypeRule.fixed(MSK, "Kafka\\.(?:Storage\\.)?Throughput", "Kafka.Throughput", "pst-mibps-month", "MiB/s-month",
                    "MiBps-Mo", true).converting(Conversion.GIBPS_TO_MIBPS),
            fixed(MSK, "Kafka\\.PrivateConnectivityHours", "private-connectivity-hour", "hour", HOURS, true),
            UsageTypeRule.fixed(MSK, "Kafka\\.PrivateConnectivity[.-]?(?:DataProcessed|Data)?[.-]?(?:Bytes|GB)",
                    "Kafka.PrivateConnectivity-Bytes", "private-connectivity-data-gb", "GB", "GB", false),
            UsageTypeRule.fixed(MSK, "Kafka\\.mcu(?:\\.[a-z]+)?", "Kafka.mcu.general", "connect-mcu-hour", "MCU-hour", HOURS, false),
            UsageTypeRule.fixed(MSK, "KafkaReplication-[A-Za-z-]*(?:Hours?|Hrs)", "KafkaReplication-Hours", "replicator-hour",
                    "hour", HOURS, false),
            UsageTypeRule.fixed(MSK, "KafkaReplication-[A-Za-z-]*Bytes", "KafkaReplication-Bytes", "replicator-data-gb", "GB",
                    "GB", false),
            fixed(MSK, "Express\\.Storage", "express-storage-gb-month", "GB-month", "GB-Mo", true),
            UsageTypeRule.fixed(MSK, "Express[.-](?:Data[.-]?)?(?:In|Written|Ingress)(?:[.-]?Bytes)?", "Express.DataIn",
                    "express-data-in-gb", "GB", "GB", false),
            fixed(MSK, "KafkaServerless-ClusterHours", "serverless-cluster-hour", "cluster-hour", HOURS, true),
            fixed(MSK, "KafkaServerless-PartitionHours", "serverless-partition-hour", "partition-hour", HOURS, true),
            fixed(MSK, "KafkaServerless-In-Bytes", "serverless-data-in-gb", "GB", "GB", true),
            fixed(MSK, "KafkaServerless-Out-Bytes", "serverless-data-out-gb", "GB", "GB", true),
            fixed(MSK, "KafkaServerless-StorageHours", "serverless-storage-gb-month", "GB-month", "GB-Mo", true),
            family(MSK, "Express\\." + FAMILY + "\\." + SIZE, "broker-hour:express.$1.$2",
                    "broker-hour:express\\." + FAMILY + "\\." + SIZE, "Express.$1.$2", "broker-hour", TermKind.ON_DEMAND),
            family(MSK, "Kafka\\." + FAMILY + "\\." + SIZE, "broker-hour:kafka.$1.$2",
                    "broker-hour:kafka\\." + FAMILY + "\\." + SIZE, "Kafka.$1.$2", "broker-hour", TermKind.ON_DEMAND),

            ec2(TermKind.ON_DEMAND, "ec2-hour"),
            ec2(TermKind.RESERVED_STANDARD_NO_UPFRONT_1YR, "ec2-ri-1yr-hour"),
            ec2(TermKind.RESERVED_STANDARD_NO_UPFRONT_3YR, "ec2-ri-3yr-hour"),
            fixed(EC2, "EBS:VolumeUsage\\.gp3", "ebs-gp3-gb-month", "GB-month", "GB-Mo", true),
            fixed(EC2, "EBS:VolumeP-IOPS\\.gp3", "ebs-gp3-iops-month", "IOPS-month", "IOPS-Mo", true),
            UsageTypeRule.fixed(EC2, "EBS:VolumeP-Throughput\\.gp3", "EBS:VolumeP-Throughput.gp3",
                    "ebs-gp3-throughput-mibps-month", "MiB/s-month", "GiBps-mo", true).converting(Conversion.GIBPS_TO_MIBPS),

            fixed(KINESIS, "Storage-ShardHour", "kinesis-shard-hour", "shard-hour", HOURS, true),
            UsageTypeRule.fixed(KINESIS, "PutRequestPayloadUnits", "PutRequestPayloadUnits", "kinesis-put-payload-million",
                    "1,000,000 PUT payload units", "PutRequest", true).converting(Conversion.PER_UNIT_TO_PER_MILLION),
            fixed(KINESIS, "Extended-ShardHour", "kinesis-extended-retention-shard-hour", "shard-hour", HOURS, true),
            fixed(KINESIS, "LongTermRetention-ByteHrs", "kinesis-long-term-retention-gb-month", "GB-month", "GB-Mo", true),
            fixed(KINESIS, "OnDemand-StreamHour", "kinesis-ondemand-stream-hour", "stream-hour", HOURS, true),
            fixed(KINESIS, "OnDemand-BilledIncomingBytes", "kinesis-ondemand-data-in-gb", "GB", "GB", true),
            fixed(KINESIS, "OnDemand-BilledOutgoingBytes", "kinesis-ondemand-data-out-gb", "GB", "GB", true),
            fixed(KINESIS, "OnDemand-ExtendedRetention-ByteHrs", "kinesis-ondemand-extended-retention-gb-month", "GB-month",
                    "GB-Mo", true),

            fixed(DATA_TRANSFER, "DataTransfer-Regional-Bytes", "inter-az-gb", "GB", "GB", true));

    private UsageTypeRules() {
    }

    /** A rule whose usage-type regex is also its canonical spelling once unescaped. */
    private static UsageTypeRule fixed(String service, String regex, String item, String unit, String awsUnit, boolean verified) {
        return UsageTypeRule.fixed(service, regex, regex.replace("\\", ""), item, unit, awsUnit, verified);
    }

    private static UsageTypeRule family(String service, String regex, String itemTemplate, String itemRegex,
                                        String usageTypeTemplate, String unit, TermKind term) {
        return new UsageTypeRule(service, Pattern.compile(regex), itemTemplate, Pattern.compile(itemRegex), usageTypeTemplate,
                unit, HOURS, Conversion.NONE, term, true);
    }

    private static UsageTypeRule ec2(TermKind term, String itemPrefix) {
        return family(EC2, "BoxUsage:" + FAMILY + "\\." + SIZE, itemPrefix + ":$1.$2", itemPrefix + ":" + FAMILY + "\\." + SIZE,
                "BoxUsage:$1.$2", "instance-hour", term);
    }
}
