package mskplanner.engine.alternatives;

import mskplanner.engine.limits.Limits;
import mskplanner.engine.units.BilledUnits;
import mskplanner.engine.units.Units;

/**
 * Provisioned shards a stream needs (sizing-model.md section 6), per constraint, from {@code limits.json}
 * {@code kinesis}: each shard takes 1 MiB/s or 1,000 records/s in, and serves 2 MiB/s out shared by all
 * shared-throughput consumers.
 *
 * @param forIngressBytes ceil(peak ingress MiB/s / shard ingress MiB/s)
 * @param forIngressRecords ceil(peak records/s / shard records/s)
 * @param forEgress ceil(peak egress MiB/s over all consumer groups / shard egress MiB/s)
 * @param shards the largest of the three, at least 1
 */
public record KinesisShards(long forIngressBytes, long forIngressRecords, long forEgress, long shards) {

    public static KinesisShards of(KinesisWorkload w, Limits.Kinesis k) {
        long bytes = BilledUnits.wholeUnits(w.traffic().peakIngressMBps() * Units.MIB_PER_MB / k.shardIngressMiBps());
        long records = BilledUnits.wholeUnits(w.peakRecordsPerSecond() / k.shardIngressRecordsPerSecond());
        long egress = BilledUnits.wholeUnits(w.traffic().peakEgressMBps() * Units.MIB_PER_MB / k.shardEgressMiBps());
        return new KinesisShards(bytes, records, egress, Math.max(1, Math.max(bytes, Math.max(records, egress))));
    }

    /** The constraint that sets the count: "ingress bytes", "ingress records" or "egress" (first in that order on a tie). */
    public String bottleneck() {
        if (shards == forIngressBytes) {
            return "ingress bytes";
        }
        if (shards == forIngressRecords) {
            return "ingress records";
        }
        return shards == forEgress ? "egress" : "minimum of one shard";
    }
}
