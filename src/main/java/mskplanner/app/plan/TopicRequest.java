package mskplanner.app.plan;

/**
 * One topic of a plan's inventory ({@code topics} of {@code POST /api/v1/plan}, a row of {@code plan --topics}), as
 * Jackson binds it. {@code name}, {@code partitions} and {@code avgIngressMBps} are required; a field left out takes
 * the request's field of the same name, then the model's default (RF 3, retention 168 h, local retention = retention,
 * one consumer group, peak = average, delete). {@code compactedSizeGiB}: a compacted topic's size after compaction,
 * one copy, GiB (required with {@code cleanupPolicy} compact).
 */
public record TopicRequest(String name, Integer partitions, Integer replicationFactor, Double retentionHours,
                           Double localRetentionHours, Double avgIngressMBps, Double peakIngressMBps,
                           Integer consumerGroups, String cleanupPolicy, Double compactedSizeGiB, Double avgMessageBytes) {
    /** The columns of a topic CSV, the JSON fields: the record's components in order. */
    public static final java.util.List<String> COLUMNS = java.util.Arrays.stream(TopicRequest.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    /** The same topic with the throughput fields a throughput file gives laid over it (null keeps the topic's). */
    public TopicRequest withThroughput(Double avg, Double peak, Integer groups, Double compactedGiB, Double messageBytes) {
        return new TopicRequest(name, partitions, replicationFactor, retentionHours, localRetentionHours,
                avg == null ? avgIngressMBps : avg, peak == null ? peakIngressMBps : peak,
                groups == null ? consumerGroups : groups, cleanupPolicy,
                compactedGiB == null ? compactedSizeGiB : compactedGiB, messageBytes == null ? avgMessageBytes : messageBytes);
    }
}
