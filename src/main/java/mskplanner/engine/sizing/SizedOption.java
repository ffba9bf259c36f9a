package mskplanner.engine.sizing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.spec.ClusterSpec;

/**
 * One broker size sized for the workload: how many brokers, which limit binds, what it costs.
 *
 * @param deployment {@link Deployment#STANDARD} or {@link Deployment#EXPRESS}
 * @param instanceType the broker size
 * @param brokers brokers needed, a multiple of the AZ count
 * @param bottleneck the constraint that needs the most brokers
 * @param constraints every constraint, in {@link ConstraintName} order
 * @param storageGiBPerBroker EBS volume per broker, whole GiB as MSK provisions it (0 for Express: its storage is
 *                            pay-as-you-go)
 * @param tieredStorageGiB data in tiered storage, GiB, one copy (0 without tiering and for Express)
 * @param sustainedLimit Equation 1's sustained ingress limit of this cluster (Standard only), worked out when read
 * @param spec the cluster as billed: an estimate of this spec is {@code cost}
 * @param cost the monthly bill, line by line, unrounded
 * @param fitsQuota whether the broker count is within the broker quota
 * @param warnings what to know about this option
 */
public record SizedOption(Deployment deployment, InstanceType instanceType, int brokers, ConstraintName bottleneck,
                          List<Constraint> constraints, int storageGiBPerBroker, double tieredStorageGiB,
                          SustainedLimit sustainedLimit, ClusterSpec spec, CostBreakdown cost, boolean fitsQuota,
                          List<String> warnings) {
    public SizedOption {
        constraints = List.copyOf(constraints);
        // the sizers' warnings are written on first read (LazyWarnings, already unmodifiable)
        warnings = warnings instanceof LazyWarnings ? warnings : List.copyOf(warnings);
    }

    /** Equation 1's sustained ingress limit of this cluster, MB/s; empty for Express. */
    public OptionalDouble sustainedLimitMBps() {
        return sustainedLimit.mbps();
    }

    /** Sum of the unrounded cost lines. */
    public BigDecimal monthlyUsd() {
        return cost.monthlyUsd();
    }

    /**
     * The class this option competes in for a recommendation: {@code m5}, {@code m7g} or {@code express}; empty for
     * sizes outside those classes (kafka.t3.small).
     */
    public Optional<String> recommendationClass() {
        if (deployment == Deployment.EXPRESS) {
            return Optional.of("express");
        }
        String family = instanceType.family();
        return family.equals("m5") || family.equals("m7g") ? Optional.of(family) : Optional.empty();
    }

    public Optional<Constraint> constraint(ConstraintName name) {
        return constraints.stream().filter(c -> c.name() == name).findFirst();
    }
}
