package mskplanner.engine.sizing;

/**
 * One sizing constraint of one option: how many brokers it alone needs and why.
 *
 * @param name which limit
 * @param brokersNeeded brokers this constraint needs, rounded up to a multiple of the AZ count
 * @param demand what the workload asks of the cluster, in {@code unit}
 * @param capacityPerBroker what one broker provides, in {@code unit}
 * @param unit unit of demand and capacity, with what they measure
 */
public record Constraint(ConstraintName name, int brokersNeeded, double demand, double capacityPerBroker, String unit) {
    public Constraint {
        if (brokersNeeded < 0) {
            throw new IllegalArgumentException(name + ".brokersNeeded must be >= 0, was " + brokersNeeded);
        }
    }
}
