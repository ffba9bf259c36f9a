package mskplanner.engine.alternatives;

import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.limits.Limits;

/**
 * The Kinesis limits a Kafka workload can break: the record size limit, and consumer fan-out. Each shard serves 5
 * GetRecords calls/s shared by all shared-throughput consumers; beyond that many consumer groups each one waits for
 * the others, so enhanced fan-out (EFO) is needed; EFO allows a fixed number of registered consumers per stream.
 */
final class KinesisLimits {
    private final Limits.Kinesis limits;

    KinesisLimits(Limits.Kinesis limits) {
        this.limits = limits;
    }

    List<Violation> violations(KinesisWorkload w) {
        List<Violation> found = new ArrayList<>();
        if (w.maxRecordBytes() > limits.maxRecordBytes()) {
            found.add(new Violation("kinesis.record-size", "max record size", w.maxRecordBytes() + " bytes",
                    limits.maxRecordBytes() + " bytes", "records of " + w.maxRecordBytes() + " bytes exceed the Kinesis "
                    + "record limit of " + limits.maxRecordBytes() + " bytes; split or compress them, or store the "
                    + "payload elsewhere and send a reference"));
        }
        if (w.consumerGroups() > limits.enhancedFanOutConsumersMax()) {
            found.add(new Violation("kinesis.consumers", "max enhanced fan-out consumers per stream",
                    w.consumerGroups() + " consumer groups", limits.enhancedFanOutConsumersMax() + " consumers",
                    w.consumerGroups() + " consumer groups exceed both " + limits.sharedThroughputConsumersPerShard()
                            + " shared-throughput readers per shard and " + limits.enhancedFanOutConsumersMax()
                            + " enhanced fan-out consumers per stream; split the readers over several streams"));
        }
        return found;
    }

    List<String> notes(KinesisWorkload w) {
        List<String> notes = new ArrayList<>();
        if (w.consumerGroups() > limits.sharedThroughputConsumersPerShard()
                && w.consumerGroups() <= limits.enhancedFanOutConsumersMax()) {
            notes.add(w.consumerGroups() + " consumer groups share each shard's " + limits.sharedThroughputConsumersPerShard()
                    + " reads/s: use enhanced fan-out (up to " + limits.enhancedFanOutConsumersMax()
                    + " consumers per stream); its per-consumer charges are not priced here");
        }
        return notes;
    }
}
