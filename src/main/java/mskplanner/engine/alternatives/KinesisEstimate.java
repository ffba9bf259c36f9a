package mskplanner.engine.alternatives;

import java.util.List;
import mskplanner.engine.cost.CostBreakdown;

/**
 * Kinesis Data Streams for the workload, in both capacity modes.
 *
 * @param fits true when no Kinesis limit is violated
 * @param violations each violated limit, with the workload's value and the limit
 * @param notes advice that is not a violation (e.g. enhanced fan-out suggested) and what is not priced
 * @param shards provisioned shards, per constraint
 * @param provisioned provisioned mode: shard-hours, PUT payload units, retention beyond 24 h
 * @param onDemand on-demand mode: stream-hours, data in, data out, retention beyond 24 h
 */
public record KinesisEstimate(boolean fits, List<Violation> violations, List<String> notes, KinesisShards shards,
                              CostBreakdown provisioned, CostBreakdown onDemand) {
    public KinesisEstimate {
        violations = List.copyOf(violations);
        notes = List.copyOf(notes);
        if (fits != violations.isEmpty()) {
            throw new IllegalArgumentException("fits must be true exactly when there are no violations, was " + fits);
        }
    }
}
