package mskplanner.engine.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.format.Format;

/**
 * The seed guide's partition formula (sizing-model.md section 1):
 * <pre>
 * partitions = max( ceil(peak ingress / write MB/s per partition),
 *                   ceil(peak egress per consumer group / read MB/s per partition),
 *                   max consumer parallelism,
 *                   availability zones )
 * </pre>
 * rounded up to the smallest multiple of the consumer parallelism, with the next power of two as the alternative. The
 * AZ term is ours, not the seed guide's: a 1 MB/s topic would otherwise get 1 partition, all its load on one broker.
 * Seed example: 120 MB/s, 24 consumers gives max(10, 3, 24) = 24 (power of two: 32). The quotients are computed in
 * decimal, so 36 MB/s / 12 MB/s is exactly 3 partitions, never 4.
 */
public final class PartitionPlanner {
    /** Three roundings of 2^-53 each, with room to spare. */
    private static final double NEAR_WHOLE = 1e-15;

    private PartitionPlanner() {
    }

    public static PartitionPlan plan(WorkloadProfile p, Assumptions a) {
        PartitionPlan.Raw raw = new PartitionPlan.Raw(byIngress(p, a), byEgress(p, a), p.maxConsumerParallelism(),
                p.availabilityZones());
        int recommended = p.partitions().orElse(formula(raw.max(), p));
        // written when read: a break-even curve plans the partitions at every point it prices and reads no warning
        return new PartitionPlan(recommended, raw, nextPowerOfTwo(recommended),
                saturatedProduct(recommended, p.replicationFactor()),
                new LazyWarnings(() -> warnings(p, a, raw, recommended)));
    }

    /**
     * {@link #plan}'s recommended leader partitions alone, without the plan's record or its warnings: what a break-even
     * curve needs at every point it prices.
     */
    public static int recommended(WorkloadProfile p, Assumptions a) {
        if (p.partitions().isPresent()) {
            return p.partitions().getAsInt();
        }
        return formula(new PartitionPlan.Raw(byIngress(p, a), byEgress(p, a), p.maxConsumerParallelism(),
                p.availabilityZones()).max(), p);
    }

    private static int byIngress(WorkloadProfile p, Assumptions a) {
        return ceilDiv(p.peakIngressMBps(), a.writeMBpsPerPartition());
    }

    private static int byEgress(WorkloadProfile p, Assumptions a) {
        return p.consumerGroups().isPresent()
                ? ceilDiv(p.peakEgressMBps(), p.consumerGroups().getAsInt() * a.readMBpsPerPartition())
                : ceilDiv(p.peakEgressPerConsumerGroupMBps(), a.readMBpsPerPartition());
    }

    /** The formula's count from the largest of its terms: rounded up to a multiple of the consumer parallelism. */
    private static int formula(int largestTerm, WorkloadProfile p) {
        return roundUpToMultiple(largestTerm, p.maxConsumerParallelism());
    }

    private static List<String> warnings(WorkloadProfile p, Assumptions a, PartitionPlan.Raw raw, int recommended) {
        int byIngress = raw.byIngress();
        int byEgress = raw.byEgress();
        List<String> warnings = new ArrayList<>();
        warnings.add("Partitions can only grow, and adding partitions re-maps keys to partitions (per-key ordering breaks"
                + " across the change): create enough up front.");
        if (p.partitions().isPresent() && recommended < raw.max()) {
            warnings.add("partitions " + recommended + " is below the formula's " + raw.max() + " (by ingress "
                    + byIngress + ", by egress " + byEgress + ", by consumer parallelism " + raw.byParallelism()
                    + ", by availability zones " + raw.byAvailabilityZones() + "): partitions would run above " + Format.plain(a.writeMBpsPerPartition()) + " MB/s written or "
                    + Format.plain(a.readMBpsPerPartition()) + " MB/s read, or consumers would sit idle.");
        }
        if (recommended % p.availabilityZones() != 0) {
            warnings.add(recommended + " partitions are not a multiple of the " + p.availabilityZones()
                    + " availability zones: leaders will not spread evenly over the brokers.");
        }
        return warnings;
    }

    /** ceil(numerator / denominator) in decimal arithmetic, saturating at {@code Integer.MAX_VALUE}. */
    static int ceilDiv(double numerator, double denominator) {
        // The double quotient is within 4 x 10^-16 (relative) of the quotient of the decimals as written: when no
        // whole number is nearer than that, its ceiling is theirs, without a BigDecimal division.
        double quotient = numerator / denominator;
        if (quotient > 0 && quotient < Integer.MAX_VALUE) {
            double nearestWhole = Math.rint(quotient);
            if (Math.abs(quotient - nearestWhole) > quotient * NEAR_WHOLE) {
                return (int) Math.ceil(quotient);
            }
        }
        BigDecimal q = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.CEILING);
        return q.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0 ? Integer.MAX_VALUE : q.intValueExact();
    }

    static int roundUpToMultiple(int value, int step) {
        long rounded = ((long) value + step - 1) / step * step;
        return (int) Math.min(Integer.MAX_VALUE, rounded);
    }

    static int nextPowerOfTwo(int value) {
        if (value > (1 << 30)) {
            return Integer.MAX_VALUE;
        }
        return value <= 1 ? 1 : Integer.highestOneBit(value - 1) << 1;
    }

    /** Partition replicas: leaders x replication factor. */
    public static int saturatedProduct(int leaders, int replicationFactor) {
        return (int) Math.min(Integer.MAX_VALUE, (long) leaders * replicationFactor);
    }
}
