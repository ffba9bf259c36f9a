package mskplanner.engine.alternatives;

import mskplanner.engine.limits.Limits;
import mskplanner.engine.units.BilledUnits;

/**
 * Provisioned shards a stream needs (sizing-model.md section 6), per constraint, from {@code limits.json}
 * {@code kinesis}: each shard takes 1 MB/s or 1,000 records/s in, and serves 2 MB/s out shared by all
 * shared-throughput consumers.
 *
 * @param forIngressBytes ceil(peak ingress MB/s / shard ingress MB/s)
 * @param forIngressRecords ceil(peak records/s / shard records/s)
 * @param forEgress ceil(peak egress MB/s over all consumer groups / shard egress MB/s)
 * @param shards the largest of the three, at least 1
 */
public record KinesisShards(long forIngressBytes, long forIngressRecords, long forEgress, long shards) {

    public static KinesisShards of(KinesisWorkload w, Limits.Kinesis k) {
        long bytes = BilledUnits.wholeUnits(w.traffic().peakIngressMBps() / k.shardIngressMBps());
        long records = BilledUnits.wholeUnits(w.peakRecordsPerSecond() / k.shardIngressRecordsPerSecond());
        long egress = BilledUnits.wholeUnits(w.traffic().peakEgressMBps() / k.shardEgressMBps());
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
