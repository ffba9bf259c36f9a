package mskplanner.app.plan;

import java.util.Map;
import mskplanner.engine.apply.BrokerShape;
import mskplanner.engine.apply.NewCluster;
import mskplanner.engine.apply.NewClusters;
import mskplanner.engine.apply.TopicLayout;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.sizing.PartitionPlan;
import mskplanner.engine.sizing.SizedOption;
import mskplanner.engine.sizing.WorkloadProfile;

/**
 * How to create a pick: {@code createClusterJson} is the input of {@code aws kafka create-cluster --cli-input-json}
 * (placeholders end in {@code REPLACE-ME}), {@code terraform} an {@code aws_msk_configuration} with the planned topic
 * defaults and an {@code aws_msk_cluster}, {@code kafkaTopicsCreate} the {@code kafka-topics.sh --create} line of a
 * topic with the planned partitions and replication factor.
 */
public record ApplyDto(Map<String, Object> createClusterJson, String terraform, String kafkaTopicsCreate) {
    /** Express brokers always keep three copies (MSK sets replication factor 3 on Express clusters). */
    private static final int EXPRESS_REPLICATION_FACTOR = 3;

    static ApplyDto of(SizedOption o, WorkloadProfile w, PartitionPlan partitions) {
        int pst = o.spec() instanceof StandardClusterSpec s ? (int) Math.round(s.provisionedThroughputMiBps()) : 0;
        int zones = o.spec() instanceof StandardClusterSpec s ? s.availabilityZones()
                : o.spec() instanceof ExpressClusterSpec e ? e.availabilityZones() : w.availabilityZones();
        int rf = o.deployment() == Deployment.EXPRESS ? EXPRESS_REPLICATION_FACTOR : w.replicationFactor();
        TopicLayout topics = new TopicLayout(partitions.recommended(), rf, Math.min(w.minInsyncReplicas(), rf));
        NewCluster c = NewClusters.of(new BrokerShape(o.instanceType().name(), o.brokers(), o.storageGiBPerBroker(), pst),
                zones, topics);
        return new ApplyDto(c.createClusterJson(), c.terraform(), c.kafkaTopicsCreate());
    }
}
