package mskplanner.engine.sizing;

import mskplanner.engine.InvalidInputException;

/**
 * Everything a plan is computed from, apart from the region's prices.
 *
 * @param profile the workload
 * @param assumptions the factors in use
 * @param preset how Standard brokers are sized
 */
public record PlanInput(WorkloadProfile profile, Assumptions assumptions, Preset preset) {
    public PlanInput {
        if (profile == null || assumptions == null || preset == null) {
            throw new IllegalArgumentException("profile, assumptions and preset are required");
        }
        if (profile.replicationFactor() > assumptions.brokerQuota()) {
            throw new InvalidInputException("replicationFactor", profile.replicationFactor(),
                    "at most the brokers a cluster may have (brokerQuota " + assumptions.brokerQuota()
                            + "): every replica needs its own broker");
        }
    }

    /** The same plan for another workload (e.g. one point of a break-even sweep). */
    public PlanInput withProfile(WorkloadProfile other) {
        return new PlanInput(other, assumptions, preset);
    }
}
