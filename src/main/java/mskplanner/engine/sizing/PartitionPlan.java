package mskplanner.engine.sizing;

import java.util.List;

/**
 * How many partitions the workload needs and why.
 *
 * @param recommended leader partitions to create: the request's count, or the formula's rounded up to a multiple of
 *                    the consumer parallelism
 * @param raw the terms of the formula
 * @param powerOfTwo the smallest power of two at or above {@code recommended}, the usual alternative
 * @param replicas recommended x replication factor: what counts against per-broker partition limits
 * @param warnings what to know before creating them
 */
public record PartitionPlan(int recommended, Raw raw, int powerOfTwo, int replicas, List<String> warnings) {
    public PartitionPlan {
        warnings = warnings instanceof LazyWarnings ? warnings : List.copyOf(warnings);
    }

    /**
     * The terms of the seed guide's formula.
     *
     * @param byIngress ceil(peak ingress / write MB/s per partition)
     * @param byEgress ceil(peak egress of one consumer group / read MB/s per partition)
     * @param byParallelism the largest consumer group's parallelism
     * @param byAvailabilityZones one partition per AZ at least, so that even a small topic's leaders (and its load)
     *                            spread over the brokers of the smallest cluster instead of sitting on one
     */
    public record Raw(int byIngress, int byEgress, int byParallelism, int byAvailabilityZones) {
        public int max() {
            return Math.max(Math.max(byIngress, byEgress), Math.max(byParallelism, byAvailabilityZones));
        }
    }
}
