package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;

/**
 * Whether a workload fits MSK Serverless, and what it would cost. The cost is given even when it does not fit, so
 * the reader sees what the quotas stand between.
 *
 * @param fits true when no quota is violated
 * @param violations each violated quota, with the workload's value and the limit
 * @param history older quotas (e.g. the seed guide's 120 partitions, 24 h retention), never used as rules
 * @param cost the monthly bill, line by line (cluster-hours, partition-hours, data in, data out, storage)
 */
public record ServerlessFit(boolean fits, List<Violation> violations, List<HistoricalLimit> history, CostBreakdown cost) {
    public ServerlessFit {
        violations = List.copyOf(violations);
        history = List.copyOf(history);
        if (fits != violations.isEmpty()) {
            throw new IllegalArgumentException("fits must be true exactly when there are no violations, was " + fits
                    + " with " + violations.size() + " violations");
        }
    }

    /** Sum of the unrounded lines. */
    public BigDecimal monthlyUsd() {
        return cost.monthlyUsd();
    }

    public List<LineItem> lineItems() {
        return cost.lineItems();
    }
}
