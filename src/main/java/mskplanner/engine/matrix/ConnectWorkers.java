package mskplanner.engine.matrix;

import mskplanner.engine.InvalidInputException;

/**
 * MSK Connect workers the user plans to run beside the cluster (1 MCU = 1 vCPU + 4 GiB).
 *
 * @param connectWorkers workers running all month
 * @param mcuPerWorker MCUs per worker
 */
public record ConnectWorkers(int connectWorkers, double mcuPerWorker) {
    /** MSK Connect's smallest worker. */
    public static final double DEFAULT_MCU_PER_WORKER = 1;

    public ConnectWorkers {
        if (connectWorkers < 1) {
            throw new InvalidInputException("connectWorkers", connectWorkers, "a whole number >= 1");
        }
        if (!(mcuPerWorker > 0) || Double.isInfinite(mcuPerWorker)) {
            throw new InvalidInputException("mcuPerWorker", mcuPerWorker, "a number > 0 (MSK Connect offers 1, 2, 4 or 8)");
        }
    }
}
