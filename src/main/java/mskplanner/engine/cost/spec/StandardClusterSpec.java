package mskplanner.engine.cost.spec;

import java.util.Objects;
import java.util.Optional;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.format.Format;

/**
 * An MSK Provisioned cluster of Standard brokers.
 *
 * @param name label of the cluster
 * @param instanceType a {@code kafka.*} size
 * @param brokers broker count (a multiple of the AZ count, checked against limits by the estimator)
 * @param storageGiBPerBroker EBS storage per broker, GiB
 * @param provisionedThroughputMiBps provisioned storage throughput per broker, MiB/s (0 = off)
 * @param tieredStorageGiB data held in tiered storage, GiB (one copy)
 * @param availabilityZones AZs the brokers are spread over
 * @param traffic the client traffic whose cross-AZ transfer is billed with the cluster; empty = no transfer line
 */
public record StandardClusterSpec(String name, InstanceType instanceType, int brokers, double storageGiBPerBroker,
                                  double provisionedThroughputMiBps, double tieredStorageGiB, int availabilityZones,
                                  Optional<ClientTraffic> traffic)
        implements ClusterSpec {
    public StandardClusterSpec {
        Objects.requireNonNull(traffic, "traffic");
        if (instanceType.deployment() != Deployment.STANDARD) {
            throw new InvalidInputException("instanceType", instanceType.name(), "a Standard broker size (kafka.*)");
        }
        if (brokers <= 0) {
            throw new InvalidInputException("brokers", brokers, "a whole number > 0");
        }
        Inputs.nonNegative("provisionedThroughputMiBps", provisionedThroughputMiBps);
        Inputs.nonNegative("tieredStorageGiB", tieredStorageGiB);
        if (provisionedThroughputMiBps > 0) {
            double max = instanceType.pstMaxMiBps().orElseThrow(() -> new InvalidInputException(
                    "provisionedThroughputMiBps", provisionedThroughputMiBps,
                    "0 for " + instanceType.name() + " (provisioned storage throughput needs kafka.m5.4xlarge, kafka.m7g.2xlarge or larger)"));
            if (provisionedThroughputMiBps > max) {
                throw new InvalidInputException("provisionedThroughputMiBps", provisionedThroughputMiBps,
                        "0 to " + Format.plain(max) + " MiB/s for " + instanceType.name());
            }
        }
    }

    /** A cluster billed without client traffic (no cross-AZ line). */
    public StandardClusterSpec(String name, InstanceType instanceType, int brokers, double storageGiBPerBroker,
                               double provisionedThroughputMiBps, double tieredStorageGiB, int availabilityZones) {
        this(name, instanceType, brokers, storageGiBPerBroker, provisionedThroughputMiBps, tieredStorageGiB,
                availabilityZones, Optional.empty());
    }


    @Override
    public mskplanner.engine.catalog.Deployment deployment() {
        return mskplanner.engine.catalog.Deployment.STANDARD;
    }
}
