package mskplanner.engine.sizing;

import java.math.BigDecimal;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.units.Decimals;

/**
 * Every factor the sizing model uses, named, documented and echoed in each plan. Defaults: sizing-model.md sections 1-3;
 * the I/O factors are AWS's sizing script's (aws/agent-toolkit-for-aws {@code msk_sizing.py}, "Entitlement-Factor
 * Constants"); the limits come from {@code pricing-data/limits.json}.
 *
 * @param writeMBpsPerPartition producer throughput one partition takes, MB/s (seed guide: 10-15)
 * @param readMBpsPerPartition consumer throughput one partition serves to one group, MB/s
 * @param utilizationStandard share of a Standard broker's capacity to use at peak (workbook: 0.5)
 * @param utilizationExpress share of an Express broker's sustained ingress to use at peak (workbook: 0.75)
 * @param storageIoFactor EBS write I/O per unit of ingress
 * @param networkFactor static network traffic per unit of ingress
 * @param diskHeadroom EBS provisioned per GiB retained (2.0 = disks 50% full)
 * @param expressEgressRatio Express egress capacity per unit of sustained ingress (workbook: 2.5)
 * @param sustainedTarget share of the Equation 1 limit to run at in production (blog: 0.8)
 * @param defaultVolumeThroughputMiBps EBS volume throughput without PST, MiB/s (Equation 1's t_storage)
 * @param maxStorageGiBPerBroker the most EBS storage one broker can have, GiB
 * @param hoursPerMonth hours billed per month (730 = average month; 744 for a 31-day month)
 * @param brokerQuota brokers allowed per cluster (60 with KRaft; adjustable)
 * @param useMaxPartitions size partitions against the per-broker maximum instead of the recommended count
 */
public record Assumptions(double writeMBpsPerPartition, double readMBpsPerPartition, double utilizationStandard,
                          double utilizationExpress, StorageIoFactor storageIoFactor, NetworkFactor networkFactor,
                          double diskHeadroom, double expressEgressRatio, double sustainedTarget,
                          double defaultVolumeThroughputMiBps, double maxStorageGiBPerBroker, double hoursPerMonth,
                          int brokerQuota, boolean useMaxPartitions) {
    /** Seed guide: a partition takes 10-15 MB/s of writes; the middle value. */
    public static final double DEFAULT_WRITE_MBPS_PER_PARTITION = 12;
    public static final double DEFAULT_READ_MBPS_PER_PARTITION = 50;
    /** Workbook "Utilization at Peak (Standard)". */
    public static final double DEFAULT_UTILIZATION_STANDARD = 0.5;
    /** Workbook "Utilization at Peak (Express)" = 0.5 x 1.5. */
    public static final double DEFAULT_UTILIZATION_EXPRESS = 0.75;
    /** Workbook "EBS Disk Utilization" 0.5, i.e. provision twice what is retained. */
    public static final double DEFAULT_DISK_HEADROOM = 2.0;
    /** Less than 1 would provision less disk than is retained; more than 100 is a typo. */
    public static final double MIN_DISK_HEADROOM = 1;
    public static final double MAX_DISK_HEADROOM = 100;
    /** Blog: run production at 80% of the theoretical sustained throughput. */
    public static final double DEFAULT_SUSTAINED_TARGET = 0.8;
    public static final double DEFAULT_HOURS_PER_MONTH = 730;

    public Assumptions {
        // Rates, bounded like every rate: 1e308 MB/s read per partition times two groups overflowed to Infinity.
        Inputs.rate("writeMBpsPerPartition", writeMBpsPerPartition);
        Inputs.rate("readMBpsPerPartition", readMBpsPerPartition);
        Inputs.fraction("utilizationStandard", utilizationStandard);
        Inputs.fraction("utilizationExpress", utilizationExpress);
        Inputs.between("diskHeadroom", diskHeadroom, MIN_DISK_HEADROOM, MAX_DISK_HEADROOM);
        Inputs.positive("expressEgressRatio", expressEgressRatio);
        Inputs.fraction("sustainedTarget", sustainedTarget);
        Inputs.positive("defaultVolumeThroughputMiBps", defaultVolumeThroughputMiBps);
        Inputs.positive("maxStorageGiBPerBroker", maxStorageGiBPerBroker);
        Inputs.hoursPerMonth(hoursPerMonth);
        Inputs.atLeast("brokerQuota", brokerQuota, 1);
    }

    /** The defaults of sizing-model.md, with the limits from pricing-data. */
    public static Assumptions defaults(Limits limits) {
        return builder(limits).build();
    }

    public static Builder builder(Limits limits) {
        return new Builder(limits);
    }

    /**
     * EBS write I/O per unit of ingress, sized for one AZ down: 1.5 ingress + 1.5 replication-in + 0.5 lagging
     * readers + 3.0 rebalancing = 6.5; tiered storage adds 1.5 (staging writes to remote storage).
     */
    public record StorageIoFactor(double ingress, double replicationIn, double laggingReaders, double rebalancing,
                                  double tieredStorage) {
        public static final StorageIoFactor WORKBOOK = new StorageIoFactor(1.5, 1.5, 0.5, 3.0, 1.5);
        /** The workbook's sums, once: every Standard size of every plan asks for them. */
        private static final double WORKBOOK_TOTAL = WORKBOOK.sum(false);
        private static final double WORKBOOK_TOTAL_TIERED = WORKBOOK.sum(true);

        /** The factor, summed in decimal so 1.5 + 1.5 + 0.5 + 3.0 is the double nearest 6.5, as the script writes it. */
        public double total(boolean tiered) {
            if (this == WORKBOOK) {
                return tiered ? WORKBOOK_TOTAL_TIERED : WORKBOOK_TOTAL;
            }
            return sum(tiered);
        }

        private double sum(boolean tiered) {
            return Assumptions.sum(ingress, replicationIn, laggingReaders, rebalancing, tiered ? tieredStorage : 0);
        }
    }

    /**
     * Static network traffic per unit of ingress: 2.2 replication-out + 0.5 lagging readers + 3.0 rebalancing = 5.7;
     * tiered storage adds 1.5 (remote writes and fetches). Consumer fan-out x AZ factor comes on top, per profile.
     */
    public record NetworkFactor(double replicationOut, double laggingReaders, double rebalancing, double tieredStorage) {
        public static final NetworkFactor WORKBOOK = new NetworkFactor(2.2, 0.5, 3.0, 1.5);
        private static final double WORKBOOK_BASE = WORKBOOK.sum(false);
        private static final double WORKBOOK_BASE_TIERED = WORKBOOK.sum(true);

        public double base(boolean tiered) {
            if (this == WORKBOOK) {
                return tiered ? WORKBOOK_BASE_TIERED : WORKBOOK_BASE;
            }
            return sum(tiered);
        }

        private double sum(boolean tiered) {
            return Assumptions.sum(replicationOut, laggingReaders, rebalancing, tiered ? tieredStorage : 0);
        }
    }

    private static double sum(double... parts) {
        BigDecimal total = BigDecimal.ZERO;
        for (double p : parts) {
            total = total.add(Decimals.of(p));
        }
        return total.doubleValue();
    }

    /** Defaults with the overrides a request may carry; a {@code null} keeps the default. */
    public static final class Builder {
        private final Limits limits;
        private Double write;
        private Double read;
        private Double utilStandard;
        private Double utilExpress;
        private Double headroom;
        private Double hours;
        private Integer quota;
        private Boolean useMax;

        private Builder(Limits limits) {
            this.limits = limits;
        }

        public Builder writeMBpsPerPartition(Double v) { write = v; return this; }
        public Builder readMBpsPerPartition(Double v) { read = v; return this; }
        public Builder utilizationStandard(Double v) { utilStandard = v; return this; }
        public Builder utilizationExpress(Double v) { utilExpress = v; return this; }
        public Builder diskHeadroom(Double v) { headroom = v; return this; }
        public Builder hoursPerMonth(Double v) { hours = v; return this; }
        public Builder brokerQuota(Integer v) { quota = v; return this; }
        public Builder useMaxPartitions(Boolean v) { useMax = v; return this; }

        public Assumptions build() {
            return new Assumptions(or(write, DEFAULT_WRITE_MBPS_PER_PARTITION), or(read, DEFAULT_READ_MBPS_PER_PARTITION),
                    or(utilStandard, DEFAULT_UTILIZATION_STANDARD), or(utilExpress, DEFAULT_UTILIZATION_EXPRESS),
                    StorageIoFactor.WORKBOOK, NetworkFactor.WORKBOOK, or(headroom, DEFAULT_DISK_HEADROOM),
                    limits.express().egressToSustainedIngressRatio(), DEFAULT_SUSTAINED_TARGET,
                    limits.standard().defaultVolumeThroughputMiBps(), limits.standard().storageGiBPerBrokerMax(),
                    or(hours, DEFAULT_HOURS_PER_MONTH), quota == null ? limits.standard().brokersPerClusterKraft() : quota,
                    Boolean.TRUE.equals(useMax));
        }

        private static double or(Double v, double fallback) {
            return v == null ? fallback : v;
        }
    }
}
