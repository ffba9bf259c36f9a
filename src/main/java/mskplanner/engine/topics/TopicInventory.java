package mskplanner.engine.topics;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import mskplanner.engine.Inputs;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.format.Format;
import mskplanner.engine.sizing.WorkloadProfile;

/**
 * The topics a cluster will hold, and what they add up to for sizing: ingress is the sum, egress the sum of each
 * topic's ingress x its consumer groups, partitions the sum, the replication factor the largest, and the storage the
 * per-topic sum. The cluster is sized as one profile, so the storage sums are carried as the retention that gives
 * them: {@link #localRetentionHours()} makes avg ingress x local retention x RF the sum of each topic's local copy x
 * its own RF (exact however RFs differ), and {@link #retentionHours()} adds the tiered sum on top. With mixed RFs the
 * replicas are counted at the largest RF (partitions x max RF, on the safe side) and Express storage (one copy)
 * counts local data at RF / max RF.
 *
 * @param topics the topics, names unique
 */
public record TopicInventory(List<Topic> topics) {
    /** More topics than partitions a cluster can hold (MSK's largest brokers take 4,000 each x 60) is a typo. */
    public static final int MAX_TOPICS = 240_000;

    public TopicInventory {
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new InvalidInputException("topics", "[]", "at least one topic");
        }
        if (topics.size() > MAX_TOPICS) {
            throw new InvalidInputException("topics", topics.size() + " topics", "at most " + MAX_TOPICS + " topics");
        }
        Set<String> names = new HashSet<>();
        for (Topic t : topics) {
            if (!names.add(t.name())) {
                throw new InvalidInputException(Topic.field(t.name()) + ".name", t.name(), "a name given once (this topic is listed twice)");
            }
        }
        double avg = topics.stream().mapToDouble(Topic::avgIngressMBps).sum();
        if (!(avg > 0)) {
            throw new InvalidInputException("topics", "0 MB/s in total", "at least one topic with avgIngressMBps > 0");
        }
        Inputs.rate("topics (sum of avgIngressMBps)", avg);
        double hours = retention(topics);
        if (hours > WorkloadProfile.MAX_RETENTION_HOURS) {
            throw new InvalidInputException("topics", "data kept for " + Format.plain(hours, 0) + " h of the total ingress",
                    "at most " + Format.plain(WorkloadProfile.MAX_RETENTION_HOURS) + " h of it: are the compacted sizes"
                            + " (GiB) or retentions too large for the ingress?");
        }
    }

    public double avgIngressMBps() {
        return topics.stream().mapToDouble(Topic::avgIngressMBps).sum();
    }

    /** The sum of the topics' peaks: every topic at its peak at once, an upper bound of the cluster's peak. */
    public double peakIngressMBps() {
        return topics.stream().mapToDouble(Topic::peakIngressMBps).sum();
    }

    public double avgEgressMBps() {
        return topics.stream().mapToDouble(Topic::avgEgressMBps).sum();
    }

    public double peakEgressMBps() {
        return topics.stream().mapToDouble(Topic::peakEgressMBps).sum();
    }

    /** Leader partitions of every topic, saturating at {@code Integer.MAX_VALUE}. */
    public int partitions() {
        return (int) Math.min(Integer.MAX_VALUE, topics.stream().mapToLong(Topic::partitions).sum());
    }

    public int replicationFactor() {
        return topics.stream().mapToInt(Topic::replicationFactor).max().orElseThrow();
    }

    /**
     * The local retention, hours, at which the summed ingress and the largest RF need the EBS storage of the topics
     * together: sum(local copy GiB x RF) / (max RF x summed ingress in GiB/h).
     */
    public double localRetentionHours() {
        return localRetention(topics);
    }

    /** {@link #localRetentionHours()} plus the hours of the summed ingress the topics' tiered data amounts to. */
    public double retentionHours() {
        return retention(topics);
    }

    // static over the list: the constructor checks them before the record's fields are set
    private static double localRetention(List<Topic> topics) {
        double copiesGiB = topics.stream().mapToDouble(t -> t.localCopyGiB() * t.replicationFactor()).sum();
        int rf = topics.stream().mapToInt(Topic::replicationFactor).max().orElseThrow();
        return copiesGiB / (rf * Topic.gibPerHour(topics.stream().mapToDouble(Topic::avgIngressMBps).sum()));
    }

    private static double retention(List<Topic> topics) {
        double tieredGiB = topics.stream().mapToDouble(Topic::tieredGiB).sum();
        return localRetention(topics) + tieredGiB / Topic.gibPerHour(topics.stream().mapToDouble(Topic::avgIngressMBps).sum());
    }

    /** The average message size over the topics that give one, weighted by their ingress; empty when none does. */
    public OptionalDouble avgMessageBytes() {
        double weight = 0;
        double sum = 0;
        for (Topic t : topics) {
            if (t.avgMessageBytes().isPresent() && t.avgIngressMBps() > 0) {
                weight += t.avgIngressMBps();
                sum += t.avgIngressMBps() * t.avgMessageBytes().getAsDouble();
            }
        }
        return weight > 0 ? OptionalDouble.of(sum / weight) : OptionalDouble.empty();
    }

    public double ebsGiB(double diskHeadroom) {
        return topics.stream().mapToDouble(t -> t.ebsGiB(diskHeadroom)).sum();
    }

    public double tieredGiB() {
        return topics.stream().mapToDouble(Topic::tieredGiB).sum();
    }
}
