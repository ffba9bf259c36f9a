package mskplanner.engine.rightsize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The MSK CloudWatch metrics (namespace {@code AWS/Kafka}) the right-sizer reads, with the query-id prefix used for
 * each ({@code bytesin_b1} = BytesInPerSec of broker 1). Names from
 * https://docs.aws.amazon.com/msk/latest/developerguide/metrics-details.html.
 */
public enum MskMetric {
    CPU_USER("CpuUser", "cpuuser"),
    CPU_SYSTEM("CpuSystem", "cpusystem"),
    /** CpuUser + CpuSystem, as one metric-math expression or summed from the two series. */
    CPU("CpuUser+CpuSystem", "cpu"),
    BYTES_IN("BytesInPerSec", "bytesin"),
    BYTES_OUT("BytesOutPerSec", "bytesout"),
    /** Standard brokers only: percent of the data-log volume used. */
    DISK_USED("KafkaDataLogsDiskUsed", "disk"),
    /** Partition replicas on a broker (leaders and followers). */
    PARTITION_COUNT("PartitionCount", "partitions"),
    /** Express only, cluster level: bytes stored, one copy. */
    STORAGE_USED("StorageUsed", "storage");

    private final String cloudWatchName;
    private final String idPrefix;

    MskMetric(String cloudWatchName, String idPrefix) {
        this.cloudWatchName = cloudWatchName;
        this.idPrefix = idPrefix;
    }

    public String cloudWatchName() {
        return cloudWatchName;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public static Optional<MskMetric> byName(String name) {
        return Arrays.stream(values()).filter(m -> m.cloudWatchName.equals(name)).findFirst();
    }

    public static Optional<MskMetric> byIdPrefix(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.idPrefix.equals(p)).findFirst();
    }
}
