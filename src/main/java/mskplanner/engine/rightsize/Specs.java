package mskplanner.engine.rightsize;

import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;

/** Builds the cost specs of measured or candidate clusters from a measured workload. */
final class Specs {
    private static final double BYTES_PER_MB = 1_000_000d;
    private static final double BYTES_PER_GIB = 1_073_741_824d;
    private static final double SECONDS_PER_HOUR = 3_600d;

    private Specs() {
    }

    static StandardClusterSpec standard(String name, InstanceType type, int brokers, double volumeGiB,
                                        double provisionedThroughputMiBps, int availabilityZones) {
        double pst = type.pstMaxMiBps().map(max -> Math.min(max, provisionedThroughputMiBps)).orElse(0d);
        return new StandardClusterSpec(name, type, brokers, volumeGiB, pst, 0, availabilityZones);
    }

    static ExpressClusterSpec express(String name, InstanceType type, int brokers, MeasuredProfile p, double hoursPerMonth) {
        return new ExpressClusterSpec(name, type, brokers, p.storageUsedGiB(), gibPerMonth(p.avgIngressMBps(), hoursPerMonth));
    }

    /** A steady rate in MB/s (10^6 bytes/s) over a month, in GiB (2^30 bytes, what AWS bills as "GB"). */
    static double gibPerMonth(double mbPerSecond, double hoursPerMonth) {
        return mbPerSecond * BYTES_PER_MB * SECONDS_PER_HOUR * hoursPerMonth / BYTES_PER_GIB;
    }
}
