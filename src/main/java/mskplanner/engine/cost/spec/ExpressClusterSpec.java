package mskplanner.engine.cost.spec;

import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;

/**
 * An MSK Provisioned cluster of Express brokers (always three AZs).
 *
 * @param name label of the cluster
 * @param instanceType an {@code express.*} size
 * @param brokers broker count
 * @param storageGiB data stored per month, GiB (one copy, time-weighted)
 * @param dataInGiB data written per month, GiB
 */
public record ExpressClusterSpec(String name, InstanceType instanceType, int brokers, double storageGiB, double dataInGiB)
        implements ClusterSpec {
    public ExpressClusterSpec {
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
    }

    @Override
    public mskplanner.engine.catalog.Deployment deployment() {
        return mskplanner.engine.catalog.Deployment.EXPRESS;
    }
}
