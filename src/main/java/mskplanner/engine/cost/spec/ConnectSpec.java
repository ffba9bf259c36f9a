package mskplanner.engine.cost.spec;

import mskplanner.engine.InvalidInputException;

/**
 * MSK Connect workers running all month.
 *
 * @param name label
 * @param mcus MSK Connect Units (1 MCU = 1 vCPU + 4 GiB) across all workers
 */
public record ConnectSpec(String name, double mcus) implements ClusterSpec {
    public ConnectSpec {
        if (!(mcus > 0) || Double.isInfinite(mcus)) {
            throw new InvalidInputException("mcus", mcus, "a finite number > 0");
        }
    }

    @Override
    public mskplanner.engine.catalog.Deployment deployment() {
        return mskplanner.engine.catalog.Deployment.CONNECT;
    }
}
