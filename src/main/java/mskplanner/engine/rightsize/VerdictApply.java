package mskplanner.engine.rightsize;

import java.util.List;
import java.util.Optional;
import mskplanner.engine.apply.BrokerShape;
import mskplanner.engine.apply.ClusterUpdate;
import mskplanner.engine.apply.ClusterUpdates;
import mskplanner.engine.apply.NewClusters;
import mskplanner.engine.apply.TopicLayout;
import mskplanner.engine.catalog.Deployment;

/**
 * How to apply a verdict's target to the cluster: {@code aws kafka} update commands when the brokers can change in
 * place (Standard to Standard, Express to Express), else a new cluster, its Terraform and a data migration.
 */
public final class VerdictApply {
    /** Express clusters always span three Availability Zones. */
    private static final int EXPRESS_AVAILABILITY_ZONES = 3;
    /** min.insync.replicas for a new cluster: MSK's advice is at most RF - 1, and 2 with RF 3. */
    private static final int MIN_INSYNC_REPLICAS = 2;

    private VerdictApply() {
    }

    /** Empty when the verdict changes nothing. */
    public static Optional<ClusterUpdate> of(RightsizeReport r) {
        return r.verdict().target().map(target -> of(r.cluster(), target, r.profile()));
    }

    static ClusterUpdate of(ClusterDescription c, SizedOption target, MeasuredProfile p) {
        boolean sameFamily = c.clusterType() == ClusterDescription.ClusterType.PROVISIONED
                && target.deployment() != Deployment.SERVERLESS && c.express() == (target.deployment() == Deployment.EXPRESS);
        if (sameFamily) {
            return ClusterUpdates.inPlace(c.arn(), c.name(), c.knownVersion(), now(c), shape(target));
        }
        String terraform = target.deployment() == Deployment.SERVERLESS ? NewClusters.serverlessTerraform(c.availabilityZones())
                : NewClusters.of(shape(target), target.deployment() == Deployment.EXPRESS ? EXPRESS_AVAILABILITY_ZONES
                        : c.availabilityZones(), topics(p)).terraform();
        return new ClusterUpdate(List.of(), List.of(target.description() + " cannot replace this cluster in place: create "
                + "a new cluster (the Terraform below), copy the topics and their data to it (for example with MSK "
                + "Replicator), move the clients over, then delete this cluster."), terraform);
    }

    private static BrokerShape now(ClusterDescription c) {
        return new BrokerShape(c.instanceType(), c.brokerCount(), (int) Math.ceil(c.volumeSizeGiB()),
                (int) Math.round(c.provisionedThroughputMiBps()));
    }

    private static BrokerShape shape(SizedOption o) {
        return new BrokerShape(o.instanceType(), o.brokers(), (int) Math.ceil(o.storageGiBPerBroker()),
                (int) Math.round(o.provisionedThroughputMiBps()));
    }

    private static TopicLayout topics(MeasuredProfile p) {
        int rf = Math.max(1, p.replicationFactor());
        return new TopicLayout(Math.max(1, p.leaderPartitions()), rf, Math.max(1, Math.min(MIN_INSYNC_REPLICAS, rf - 1)));
    }
}
