package mskplanner.engine.cost.spec;

import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Deployment;

/**
 * MSK Replicator running all month: billed per replicator-hour and per GB replicated (aws-prices.md 2.5). Cross-region
 * data transfer is billed on top and is not in this price.
 *
 * @param name label
 * @param replicators replicators running all month
 * @param dataReplicatedGiB data replicated per month, GB as billed
 */
public record ReplicatorSpec(String name, int replicators, double dataReplicatedGiB) implements ClusterSpec {
    public ReplicatorSpec {
        if (replicators < 1) {
            throw new InvalidInputException("replicators", replicators, "a whole number >= 1");
        }
        if (!(dataReplicatedGiB >= 0) || Double.isInfinite(dataReplicatedGiB)) {
            throw new InvalidInputException("dataReplicatedGiB", dataReplicatedGiB, "a finite number >= 0 (GB per month)");
        }
    }

    @Override
    public Deployment deployment() {
        return Deployment.REPLICATOR;
    }
}
