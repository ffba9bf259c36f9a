package mskplanner.engine.apply;

import java.util.Map;
import java.util.Objects;

/**
 * How to create a planned cluster.
 *
 * @param createClusterJson the input of {@code aws kafka create-cluster --cli-input-json}, as nested maps and lists
 *                          in the order AWS documents the fields; placeholders end in {@code REPLACE-ME}
 * @param terraform an {@code aws_msk_configuration} and an {@code aws_msk_cluster} resource
 * @param kafkaTopicsCreate the {@code kafka-topics.sh --create} line of a topic with the planned partitions and RF
 */
public record NewCluster(Map<String, Object> createClusterJson, String terraform, String kafkaTopicsCreate) {
    public NewCluster {
        Objects.requireNonNull(createClusterJson, "createClusterJson");
        Objects.requireNonNull(terraform, "terraform");
        Objects.requireNonNull(kafkaTopicsCreate, "kafkaTopicsCreate");
    }
}
