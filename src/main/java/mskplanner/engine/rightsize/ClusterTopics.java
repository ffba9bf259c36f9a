package mskplanner.engine.rightsize;

import java.util.Objects;
import java.util.Optional;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.topics.TopicBill;
import mskplanner.engine.topics.TopicInventory;

/**
 * A topic inventory on a running cluster: the current bill's storage lines split per topic, and the tiered-storage
 * advice priced on the cluster's own brokers ({@link TopicBill}). The peak is not sized here: the verdict sizes the
 * measured traffic. An Express cluster's storage is billed as used, not provisioned per broker, so it gets no split.
 *
 * @param inventory the topics as given
 * @param pricedOn the cluster the split is priced on, e.g. {@code 3 x kafka.m7g.large (the cluster as it runs)};
 *                 empty on Express brokers
 * @param bill the split and the advice; empty on Express brokers
 */
public record ClusterTopics(TopicInventory inventory, Optional<String> pricedOn, Optional<TopicBill> bill) {
    public ClusterTopics {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(pricedOn, "pricedOn");
        Objects.requireNonNull(bill, "bill");
    }

    /**
     * The inventory on {@code cluster}'s current bill, with the report's disk headroom for each topic's EBS need.
     *
     * @param calc prices the advice's what-ifs in the cluster's region, as the current bill was priced
     */
    public static ClusterTopics of(TopicInventory inventory, ClusterDescription cluster, CostBreakdown currentCost,
                                   Catalog catalog, CostCalculator calc, double diskHeadroom) {
        Optional<InstanceType> type = catalog.find(cluster.instanceType()).filter(t -> t.deployment() == Deployment.STANDARD);
        if (type.isEmpty()) {
            return new ClusterTopics(inventory, Optional.empty(), Optional.empty());
        }
        InstanceType t = type.get();
        double pst = t.pstMaxMiBps().map(max -> Math.min(max, cluster.provisionedThroughputMiBps())).orElse(0d);
        StandardClusterSpec spec = new StandardClusterSpec(cluster.name(), t, cluster.brokerCount(), cluster.volumeSizeGiB(),
                pst, 0, cluster.availabilityZones());
        return new ClusterTopics(inventory, Optional.of(cluster.brokerCount() + " x " + t.name() + " (the cluster as it runs)"),
                Optional.of(TopicBill.of(inventory, spec, currentCost, calc, diskHeadroom)));
    }
}
