package mskplanner.app.estimate;

import mskplanner.engine.cost.spec.ClientTraffic;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.cost.spec.ConnectSpec;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.ReplicatorSpec;
import mskplanner.engine.cost.spec.ServerlessClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;

/**
 * A cluster spec as the estimate request's cluster: the inverse of {@link EstimateMapping}, so that estimating the
 * result prices exactly the spec (a plan option's {@code estimateCluster}). Zero optional amounts are left out.
 */
public final class EstimateClusters {
    private EstimateClusters() {
    }

    public static EstimateRequest.ClusterRequest of(ClusterSpec spec) {
        if (spec instanceof StandardClusterSpec s) {
            ClientTraffic t = s.traffic().orElse(null);
            return new EstimateRequest.ClusterRequest(s.name(), s.deployment().id(), s.instanceType().name(), s.brokers(),
                    s.storageGiBPerBroker(), positive(s.provisionedThroughputMiBps()), positive(s.tieredStorageGiB()),
                    s.availabilityZones(), null, null, null, null, null, ingress(t), egress(t), rackAware(t), null, null);
        } else if (spec instanceof ExpressClusterSpec e) {
            ClientTraffic t = e.traffic().orElse(null);
            return new EstimateRequest.ClusterRequest(e.name(), e.deployment().id(), e.instanceType().name(), e.brokers(),
                    null, null, null, null, e.storageGiB(), e.dataInGiB(), null, null, null, ingress(t), egress(t),
                    rackAware(t), null, null);
        } else if (spec instanceof ServerlessClusterSpec s) {
            return new EstimateRequest.ClusterRequest(s.name(), s.deployment().id(), null, null, null, null, null, null,
                    s.storageGiB(), s.dataInGiB(), s.dataOutGiB(), s.partitions(), null, null, null, null, null, null);
        } else if (spec instanceof ConnectSpec c) {
            return new EstimateRequest.ClusterRequest(c.name(), c.deployment().id(), null, null, null, null, null, null,
                    null, null, null, null, c.mcus(), null, null, null, null, null);
        } else if (spec instanceof ReplicatorSpec r) {
            return new EstimateRequest.ClusterRequest(r.name(), r.deployment().id(), null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, r.replicators(), r.dataReplicatedGiB());
        }
        throw new IllegalStateException("unhandled cluster spec " + spec);
    }

    private static Double positive(double v) {
        return v > 0 ? v : null;
    }

    private static Double ingress(ClientTraffic t) {
        return t == null ? null : t.avgIngressMBps();
    }

    private static Double egress(ClientTraffic t) {
        return t == null ? null : t.avgEgressMBps();
    }

    private static Boolean rackAware(ClientTraffic t) {
        return t == null ? null : t.rackAwareConsumers();
    }
}
