package mskplanner.engine.cost.spec;

import java.util.Objects;
import java.util.Optional;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;

/**
 * An MSK Provisioned cluster of Express brokers (three AZs: the service fixes it, limits.json {@code express}).
 *
 * @param name label of the cluster
 * @param instanceType an {@code express.*} size
 * @param brokers broker count
 * @param storageGiB data stored per month, GiB (one copy, time-weighted)
 * @param dataInGiB data written per month, GiB
 * @param availabilityZones AZs the brokers are spread over (the estimator checks it against the service limits)
 * @param traffic the client traffic whose cross-AZ transfer is billed with the cluster; empty = no transfer line
 */
public record ExpressClusterSpec(String name, InstanceType instanceType, int brokers, double storageGiB, double dataInGiB,
                                 int availabilityZones, Optional<ClientTraffic> traffic)
        implements ClusterSpec {
    /** Express clusters span three AZs (limits.json {@code express.availabilityZones}). */
    public static final int AVAILABILITY_ZONES = 3;

    public ExpressClusterSpec {
        Objects.requireNonNull(traffic, "traffic");
        if (instanceType.deployment() != Deployment.EXPRESS) {
            throw new InvalidInputException("instanceType", instanceType.name(), "an Express broker size (express.*)");
        }
        if (brokers <= 0) {
            throw new InvalidInputException("brokers", brokers, "a whole number > 0");
        }
        if (!(storageGiB >= 0) || Double.isInfinite(storageGiB)) {
            throw new InvalidInputException("storageGiB", storageGiB, "a finite number >= 0");
        }
        if (!(dataInGiB >= 0) || Double.isInfinite(dataInGiB)) {
            throw new InvalidInputException("dataInGiB", dataInGiB, "a finite number >= 0");
        }
        if (availabilityZones < 1) {
            throw new InvalidInputException("availabilityZones", availabilityZones, "a whole number >= 1");
        }
    }

    /** A three-AZ cluster billed without client traffic (no cross-AZ line). */
    public ExpressClusterSpec(String name, InstanceType instanceType, int brokers, double storageGiB, double dataInGiB) {
        this(name, instanceType, brokers, storageGiB, dataInGiB, AVAILABILITY_ZONES, Optional.empty());
    }

    @Override
    public mskplanner.engine.catalog.Deployment deployment() {
        return mskplanner.engine.catalog.Deployment.EXPRESS;
    }
}
