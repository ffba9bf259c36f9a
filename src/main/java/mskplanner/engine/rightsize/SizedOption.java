package mskplanner.engine.rightsize;

import java.math.BigDecimal;
import java.util.Objects;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.cost.CostBreakdown;

/**
 * A cluster that would carry the measured workload, with its monthly cost.
 *
 * @param deployment Standard, Express or Serverless
 * @param instanceType broker size; empty for Serverless
 * @param brokers broker count; 0 for Serverless
 * @param storageGiBPerBroker EBS volume per broker (Standard), 0 otherwise
 * @param cost monthly cost, unrounded
 * @param provisionedThroughputMiBps provisioned storage throughput per broker (Standard), MiB/s, 0 = off
 */
public record SizedOption(Deployment deployment, String instanceType, int brokers, double storageGiBPerBroker,
                          CostBreakdown cost, double provisionedThroughputMiBps) {
    public SizedOption {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(cost, "cost");
        instanceType = instanceType == null ? "" : instanceType;
    }

    /** An option without provisioned storage throughput. */
    public SizedOption(Deployment deployment, String instanceType, int brokers, double storageGiBPerBroker, CostBreakdown cost) {
        this(deployment, instanceType, brokers, storageGiBPerBroker, cost, 0);
    }

    public BigDecimal monthlyUsd() {
        return cost.monthlyUsd();
    }

    /** e.g. {@code 3 x kafka.m7g.large, 1000 GiB each} or {@code MSK Serverless}. */
    public String description() {
        if (deployment == Deployment.SERVERLESS) {
            return "MSK Serverless";
        }
        String shape = brokers + " x " + instanceType;
        return storageGiBPerBroker > 0 ? shape + ", " + Math.round(storageGiBPerBroker) + " GiB each" : shape;
    }
}
