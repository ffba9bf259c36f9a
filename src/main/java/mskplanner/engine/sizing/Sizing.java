package mskplanner.engine.sizing;

import java.util.List;

/**
 * The broker count of one option: the largest need over its constraints, and the constraint that sets it.
 *
 * @param brokers brokers needed (the maximum over the constraints)
 * @param bottleneck the constraint that needs the most brokers; ties go to the first in {@link ConstraintName} order
 * @param constraints every constraint, in {@link ConstraintName} order
 */
public record Sizing(int brokers, ConstraintName bottleneck, List<Constraint> constraints) {
    public Sizing {
        constraints = List.copyOf(constraints);
    }

    /** Picks the binding constraint; {@code constraints} must be in {@link ConstraintName} order. */
    public static Sizing of(List<Constraint> constraints) {
        Constraint binding = constraints.get(0);
        for (Constraint c : constraints) {
            if (c.brokersNeeded() > binding.brokersNeeded()) {
                binding = c;
            }
        }
        return new Sizing(binding.brokersNeeded(), binding.name(), constraints);
    }

    /**
     * Brokers for a demand: {@code ceil(ceil(demand / capacityPerBroker) / zones) x zones}, so brokers spread evenly
     * over the AZs (MSK requires a multiple of the AZ count). Plain double arithmetic in the order AWS's sizing script
     * uses, so a profile lands on the same side of every ceiling as the script. Saturates at {@code Integer.MAX_VALUE}.
     */
    public static int brokersFor(double demand, double capacityPerBroker, int zones) {
        double raw = Math.ceil(demand / capacityPerBroker);
        return saturate(Math.ceil(raw / zones) * zones);
    }

    /** Rounds a broker count up to a multiple of the AZ count. */
    public static int roundUpToZones(long brokers, int zones) {
        return saturate(Math.ceil((double) brokers / zones) * zones);
    }

    private static int saturate(double brokers) {
        return brokers >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) brokers;
    }
}
