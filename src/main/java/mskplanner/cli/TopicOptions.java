package mskplanner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mskplanner.app.Json;
import mskplanner.app.plan.TopicRequest;
import mskplanner.app.plan.topics.KafkaTopicsDescribe;
import mskplanner.app.plan.topics.TopicCsv;
import mskplanner.app.plan.topics.TopicThroughput;
import mskplanner.engine.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The topic inventory of {@code plan} and {@code rightsize}: a CSV of topics or {@code kafka-topics.sh --describe}
 * output, with throughput.
 */
final class TopicOptions {
    @Option(names = "--topics", paramLabel = "FILE.csv", description = "A topic inventory (plan: sized instead of the"
            + " aggregate traffic; rightsize: the cluster's storage bill split per topic): CSV with a header row of name, partitions, replicationFactor, retentionHours,"
            + " localRetentionHours, avgIngressMBps, peakIngressMBps, consumerGroups, cleanupPolicy, compactedSizeGiB,"
            + " avgMessageBytes (name, partitions and avgIngressMBps required).")
    Path topics;

    @Option(names = "--kafka-topics", paramLabel = "FILE", description = "The topic inventory that kafka-topics.sh --describe"
            + " printed (partitions, RF, retention.ms, local.retention.ms, cleanup.policy); throughput from"
            + " --topic-throughput or --topic-avg-ingress-mbps.")
    Path kafkaTopics;

    @Option(names = "--topic-throughput", paramLabel = "FILE.csv", description = "Throughput per topic: CSV with a header"
            + " row of name, avgIngressMBps, peakIngressMBps, consumerGroups, compactedSizeGiB, avgMessageBytes (name and"
            + " any of the others), laid over --topics or --kafka-topics by topic name.")
    Path throughput;

    @Option(names = "--topic-avg-ingress-mbps", paramLabel = "MB/s", description = "Average ingress of each topic that"
            + " neither the inventory nor --topic-throughput gives one, MB/s.")
    Double defaultAvgIngressMBps;

    /** The inventory as the request's {@code topics} array; empty when no inventory flag is given. */
    Optional<ArrayNode> json() throws java.io.IOException {
        List<TopicRequest> read = requests();
        return read.isEmpty() ? Optional.empty() : Optional.of(Json.mapper().valueToTree(read));
    }

    /** Whether an inventory flag is given. */
    boolean given() {
        return topics != null || kafkaTopics != null || throughput != null || defaultAvgIngressMBps != null;
    }

    /** The inventory's topics, throughput laid over; empty when no inventory flag is given. */
    List<TopicRequest> requests() throws java.io.IOException {
        if (topics != null && kafkaTopics != null) {
            throw new InvalidInputException("--kafka-topics", kafkaTopics, "left out with --topics (one inventory)");
        }
        if (topics == null && kafkaTopics == null) {
            if (throughput != null || defaultAvgIngressMBps != null) {
                throw new InvalidInputException(throughput != null ? "--topic-throughput" : "--topic-avg-ingress-mbps",
                        throughput != null ? throughput : defaultAvgIngressMBps, "used with --topics or --kafka-topics");
            }
            return List.of();
        }
        List<TopicRequest> read = topics != null ? TopicCsv.read(Files.readString(topics))
                : KafkaTopicsDescribe.read(Files.readString(kafkaTopics));
        return TopicThroughput.apply(read, throughput == null ? null : Files.readString(throughput), defaultAvgIngressMBps);
    }
}
