package mskplanner.app.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.sizing.WorkloadProfileBuilder;
import mskplanner.engine.topics.CleanupPolicy;
import mskplanner.engine.topics.Topic;
import mskplanner.engine.topics.TopicInventory;

/**
 * Maps a request's {@code topics} to the engine's {@link TopicInventory}, and the inventory to the traffic the plan
 * sizes. The request's {@code replicationFactor}, {@code retentionHours}, {@code localRetentionHours} (at most a
 * topic's retention) and {@code consumerGroups} are the defaults of topics that leave them out; the traffic fields
 * come from the topics, so giving them too is refused, except {@code peakIngressMBps}: the cluster's peak when the
 * topics do not all peak at once (otherwise the sum of the topics' peaks), and {@code partitions}, a floor.
 */
public final class TopicMapping {
    /** Fields the inventory replaces: the sums of its topics. */
    private static final List<PlanField> REPLACED = List.of(PlanField.AVG_INGRESS_MBPS, PlanField.AVG_EGRESS_MBPS,
            PlanField.PEAK_EGRESS_MBPS, PlanField.MESSAGES_PER_SECOND);

    private TopicMapping() {
    }

    /** What a topic that leaves a field out takes, before the model's default; null = the model's default. */
    public record Defaults(Integer replicationFactor, Double retentionHours, Double localRetentionHours,
                           Integer consumerGroups) {
        public static final Defaults MODEL = new Defaults(null, null, null, null);
    }

    public static TopicInventory inventory(PlanRequest r) {
        return inventory(r.topics(), new Defaults(r.replicationFactor(), r.retentionHours(), r.localRetentionHours(),
                r.consumerGroups()));
    }

    public static TopicInventory inventory(List<TopicRequest> requests, Defaults r) {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            TopicRequest t = requests.get(i);
            if (t == null) {
                throw new InvalidInputException("topics[" + i + "]", "null", "a topic object with at least name, partitions and avgIngressMBps");
            }
            topics.add(topic(Topic.checkName(i, t.name()), t, r));
        }
        return new TopicInventory(topics);
    }

    private static Topic topic(String name, TopicRequest t, Defaults r) {
        String at = Topic.field(name);
        int partitions = required(at + ".partitions", t.partitions());
        double avg = required(at + ".avgIngressMBps", t.avgIngressMBps());
        double retention = or(t.retentionHours(), r.retentionHours(), WorkloadProfileBuilder.DEFAULT_RETENTION_HOURS);
        double local = t.localRetentionHours() != null ? t.localRetentionHours()
                : r.localRetentionHours() != null ? Math.min(r.localRetentionHours(), retention) : retention;
        CleanupPolicy policy = t.cleanupPolicy() == null ? CleanupPolicy.DELETE
                : CleanupPolicy.fromId(at + ".cleanupPolicy", t.cleanupPolicy());
        int rf = t.replicationFactor() != null ? t.replicationFactor()
                : r.replicationFactor() != null ? r.replicationFactor() : WorkloadProfileBuilder.DEFAULT_REPLICATION_FACTOR;
        int groups = t.consumerGroups() != null ? t.consumerGroups() : r.consumerGroups() != null ? r.consumerGroups() : 1;
        return new Topic(name, partitions, rf, retention, local, avg, t.peakIngressMBps() == null ? avg : t.peakIngressMBps(),
                groups, policy, optional(t.compactedSizeGiB()), optional(t.avgMessageBytes()));
    }

    /** The traffic fields of a request with an inventory: refused when given, as the topics' sums replace them. */
    static void checkReplaced(PlanRequest r) {
        java.util.Map<String, String> given = PlanQuery.values(r);
        for (PlanField f : REPLACED) {
            if (given.containsKey(f.fieldName())) {
                throw new InvalidInputException(f.fieldName(), given.get(f.fieldName()),
                        "left out with topics: the inventory's traffic is the sum of its topics'");
            }
        }
    }

    /**
     * The cluster's peak ingress, MB/s: the request's {@code peakIngressMBps} when given, else the sum of the topics'
     * peaks (each at its peak at once, on the safe side).
     */
    static double peakIngressMBps(PlanRequest r, TopicInventory inventory) {
        return r.peakIngressMBps() != null ? r.peakIngressMBps() : inventory.peakIngressMBps();
    }

    /** Peak egress at the cluster's peak: the topics' summed peak egress, scaled as the cluster peak scales theirs. */
    static double peakEgressMBps(PlanRequest r, TopicInventory inventory) {
        double scaled = inventory.peakEgressMBps() * peakIngressMBps(r, inventory) / inventory.peakIngressMBps();
        return Math.max(inventory.avgEgressMBps(), scaled);
    }

    static double avgEgressMBps(TopicInventory inventory) {
        double egress = inventory.avgEgressMBps();
        if (!(egress > 0)) {
            throw new InvalidInputException("topics", "no consumer traffic",
                    "at least one topic with avgIngressMBps > 0 and consumerGroups >= 1");
        }
        return egress;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, null, "required for every topic (in the inventory, a throughput file or a default ingress per topic)");
        }
        return value;
    }

    private static double or(Double value, Double fallback, double byDefault) {
        return value != null ? value : fallback != null ? fallback : byDefault;
    }

    private static OptionalDouble optional(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
