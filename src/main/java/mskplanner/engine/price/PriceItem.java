package mskplanner.engine.price;

/** The item keys of a price sheet (documented in {@code pricing-data/README.md}). */
public final class PriceItem {
    public static final String STORAGE_GB_MONTH = "storage-gb-month";
    public static final String PST_MIBPS_MONTH = "pst-mibps-month";
    public static final String TIERED_STORAGE_GB_MONTH = "tiered-storage-gb-month";
    public static final String TIERED_RETRIEVAL_GB = "tiered-retrieval-gb";
    public static final String EXPRESS_STORAGE_GB_MONTH = "express-storage-gb-month";
    public static final String EXPRESS_DATA_IN_GB = "express-data-in-gb";
    public static final String SERVERLESS_CLUSTER_HOUR = "serverless-cluster-hour";
    public static final String SERVERLESS_PARTITION_HOUR = "serverless-partition-hour";
    public static final String SERVERLESS_DATA_IN_GB = "serverless-data-in-gb";
    public static final String SERVERLESS_DATA_OUT_GB = "serverless-data-out-gb";
    public static final String SERVERLESS_STORAGE_GB_MONTH = "serverless-storage-gb-month";
    public static final String CONNECT_MCU_HOUR = "connect-mcu-hour";
    public static final String INTER_AZ_GB = "inter-az-gb";
    public static final String REPLICATOR_HOUR = "replicator-hour";
    public static final String REPLICATOR_DATA_GB = "replicator-data-gb";
    public static final String EBS_GP3_GB_MONTH = "ebs-gp3-gb-month";
    public static final String EBS_GP3_IOPS_MONTH = "ebs-gp3-iops-month";
    public static final String EBS_GP3_THROUGHPUT_MIBPS_MONTH = "ebs-gp3-throughput-mibps-month";
    public static final String KINESIS_SHARD_HOUR = "kinesis-shard-hour";
    public static final String KINESIS_PUT_PAYLOAD_MILLION = "kinesis-put-payload-million";
    public static final String KINESIS_EXTENDED_RETENTION_SHARD_HOUR = "kinesis-extended-retention-shard-hour";
    public static final String KINESIS_LONG_TERM_RETENTION_GB_MONTH = "kinesis-long-term-retention-gb-month";
    public static final String KINESIS_ONDEMAND_STREAM_HOUR = "kinesis-ondemand-stream-hour";
    public static final String KINESIS_ONDEMAND_DATA_IN_GB = "kinesis-ondemand-data-in-gb";
    public static final String KINESIS_ONDEMAND_DATA_OUT_GB = "kinesis-ondemand-data-out-gb";
    public static final String KINESIS_ONDEMAND_EXTENDED_RETENTION_GB_MONTH = "kinesis-ondemand-extended-retention-gb-month";
    public static final String CLOUDWATCH_METRICS_REQUESTED_1000 = "cloudwatch-metrics-requested-1000";

    private PriceItem() {
    }

    /** MSK broker-hour of a Standard or Express size, e.g. {@code broker-hour:kafka.m5.large}. */
    public static String brokerHour(String instanceType) {
        return "broker-hour:" + instanceType;
    }

    /** EC2 on-demand instance-hour, e.g. {@code ec2-hour:m5.large}. */
    public static String ec2Hour(String ec2Type) {
        return "ec2-hour:" + ec2Type;
    }

    /** EC2 Standard Reserved Instance (No Upfront) effective hourly rate for a 1- or 3-year term. */
    public static String ec2ReservedHour(int years, String ec2Type) {
        return "ec2-ri-" + years + "yr-hour:" + ec2Type;
    }

    /** EC2 Compute Savings Plan (No Upfront) hourly rate for a 1- or 3-year term. */
    public static String ec2SavingsPlanHour(int years, String ec2Type) {
        return "ec2-sp-" + years + "yr-hour:" + ec2Type;
    }
}
