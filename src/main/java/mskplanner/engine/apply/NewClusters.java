package mskplanner.engine.apply;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to create a planned cluster: the {@code aws kafka create-cluster --cli-input-json} input, the Terraform
 * resources and the {@code kafka-topics.sh --create} line. Fields follow the CreateCluster API
 * (https://docs.aws.amazon.com/msk/1.0/apireference/clusters.html); Express brokers take no StorageInfo.
 */
public final class NewClusters {
    /**
     * MSK's recommended Kafka version (https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html),
     * in KRaft mode for Standard brokers: a KRaft cluster may have 60 brokers, a ZooKeeper one 30, and the planner's
     * default broker quota is 60.
     */
    public static final String KAFKA_VERSION_KRAFT = "3.8.x.kraft";
    /** The same version for brokers that take no mode suffix: Express, and kafka.t3.small (which cannot run KRaft). */
    public static final String KAFKA_VERSION = "3.8.x";

    private NewClusters() {
    }

    /** One client subnet placeholder per Availability Zone; MSK needs the broker count to be a multiple of them. */
    public static NewCluster of(BrokerShape shape, int availabilityZones, TopicLayout topics) {
        if (availabilityZones < 1) {
            throw new IllegalArgumentException("availabilityZones must be >= 1, was " + availabilityZones);
        }
        String version = kafkaVersion(shape);
        return new NewCluster(createClusterJson(shape, availabilityZones, version),
                TerraformText.newCluster(shape, availabilityZones, topics, version), topicsCreate(topics));
    }

    /** An MSK Serverless cluster as Terraform: IAM is the only client authentication it offers. */
    public static String serverlessTerraform(int availabilityZones) {
        return "resource \"aws_msk_serverless_cluster\" \"this\" {\n"
                + "  cluster_name = \"" + Placeholders.CLUSTER_NAME + "\"\n\n"
                + "  vpc_config {\n"
                + "    subnet_ids         = " + TerraformText.list(Placeholders.subnets(availabilityZones)) + "\n"
                + "    security_group_ids = " + TerraformText.list(List.of(Placeholders.SECURITY_GROUP)) + "\n"
                + "  }\n\n"
                + "  client_authentication {\n    sasl {\n      iam {\n        enabled = true\n      }\n    }\n  }\n}\n";
    }

    static String kafkaVersion(BrokerShape shape) {
        return shape.express() || shape.instanceType().contains(".t3.") ? KAFKA_VERSION : KAFKA_VERSION_KRAFT;
    }

    private static Map<String, Object> createClusterJson(BrokerShape shape, int availabilityZones, String version) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("InstanceType", shape.instanceType());
        group.put("ClientSubnets", Placeholders.subnets(availabilityZones));
        group.put("SecurityGroups", List.of(Placeholders.SECURITY_GROUP));
        if (!shape.express()) {
            Map<String, Object> ebs = new LinkedHashMap<>();
            ebs.put("VolumeSize", shape.volumeGiB());
            if (shape.provisionedThroughputMiBps() > 0) {
                ebs.put("ProvisionedThroughput", ordered("Enabled", true, "VolumeThroughput", shape.provisionedThroughputMiBps()));
            }
            group.put("StorageInfo", Map.of("EbsStorageInfo", Collections.unmodifiableMap(ebs)));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ClusterName", Placeholders.CLUSTER_NAME);
        json.put("KafkaVersion", version);
        json.put("NumberOfBrokerNodes", shape.brokers());
        json.put("BrokerNodeGroupInfo", Collections.unmodifiableMap(group));
        json.put("ConfigurationInfo", ordered("Arn", Placeholders.CONFIGURATION_ARN, "Revision", 1));
        return Collections.unmodifiableMap(json);
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return Collections.unmodifiableMap(m);
    }

    private static String topicsCreate(TopicLayout t) {
        return "kafka-topics.sh --bootstrap-server " + Placeholders.BOOTSTRAP_SERVERS + " --create --topic " + Placeholders.TOPIC
                + " --partitions " + t.partitions() + " --replication-factor " + t.replicationFactor()
                + " --config min.insync.replicas=" + t.minInsyncReplicas();
    }
}
