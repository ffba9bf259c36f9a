package mskplanner.engine.cost.spec;

import mskplanner.engine.InvalidInputException;

/**
 * An MSK Serverless cluster.
 *
 * @param name label of the cluster
 * @param partitions leader partitions held all month
 * @param dataInGiB data produced per month, GB as billed
 * @param dataOutGiB data consumed per month, GB as billed
 * @param storageGiB data stored, GB-month
 */
public record ServerlessClusterSpec(String name, int partitions, double dataInGiB, double dataOutGiB, double storageGiB)
        implements ClusterSpec {
    public ServerlessClusterSpec {
        if (partitions < 0) {
            throw new InvalidInputException("partitions", partitions, "a whole number >= 0");
        }
        check("dataInGiB", dataInGiB);
        check("dataOutGiB", dataOutGiB);
        check("storageGiB", storageGiB);
    }

    private static void check(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, value, "a finite number >= 0");
        }
    }

    @Override
    public mskplanner.engine.catalog.Deployment deployment() {
        return mskplanner.engine.catalog.Deployment.SERVERLESS;
    }
}
