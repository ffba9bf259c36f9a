package mskplanner.engine.apply;

/**
 * The planned topic settings: the cluster's defaults and the topic to create.
 *
 * @param partitions partitions of the topic (leaders)
 * @param replicationFactor copies of each partition
 * @param minInsyncReplicas replicas that must acknowledge a write with acks=all
 */
public record TopicLayout(int partitions, int replicationFactor, int minInsyncReplicas) {
    public TopicLayout {
        if (partitions < 1 || replicationFactor < 1 || minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("partitions and replicationFactor must be >= 1 and minInsyncReplicas "
                    + "1..replicationFactor, were " + partitions + ", " + replicationFactor + ", " + minInsyncReplicas);
        }
    }
}
