package mskplanner.engine.rightsize;

import java.util.Optional;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.spec.ClientTraffic;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;

/**
 * Builds the cost specs of measured or candidate clusters from a measured workload. Their client traffic is billed
 * for cross-AZ transfer as the sizing engine bills its options, with consumers taken as rack-aware (a measured cluster
 * does not say how its consumers fetch), so the current cluster and its candidates compare fairly.
 */
final class Specs {
    private Specs() {
    }

    static StandardClusterSpec standard(String name, InstanceType type, int brokers, double volumeGiB,
                                        double provisionedThroughputMiBps, int availabilityZones, MeasuredProfile p) {
        double pst = type.pstMaxMiBps().map(max -> Math.min(max, provisionedThroughputMiBps)).orElse(0d);
        return new StandardClusterSpec(name, type, brokers, volumeGiB, pst, 0, availabilityZones, Optional.of(traffic(p)));
    }

    static ExpressClusterSpec express(String name, InstanceType type, int brokers, MeasuredProfile p, int availabilityZones,
                                      double hoursPerMonth) {
        ClientTraffic traffic = traffic(p);
        return new ExpressClusterSpec(name, type, brokers, p.storageUsedGiB(), traffic.dataInGiBPerMonth(hoursPerMonth),
                availabilityZones, Optional.of(traffic));
    }

    /** The provisioned storage throughput per broker of a Standard spec, MiB/s; 0 otherwise. */
    static double throughputMiBps(ClusterSpec spec) {
        return spec instanceof StandardClusterSpec s ? s.provisionedThroughputMiBps() : 0;
    }

    private static ClientTraffic traffic(MeasuredProfile p) {
        return new ClientTraffic(p.avgIngressMBps(), p.avgEgressMBps(), true);
    }
}
