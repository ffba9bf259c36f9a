package mskplanner.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewClustersTest {
    static final TopicLayout TOPICS = new TopicLayout(24, 3, 2);

    @Test
    void standard_brokers_get_an_ebs_volume_and_placeholders() {
        NewCluster c = NewClusters.of(new BrokerShape("kafka.m7g.large", 6, 1539, 0), 3, TOPICS);

        assertThat(c.createClusterJson()).containsExactly(
                Map.entry("ClusterName", "CLUSTER-NAME-REPLACE-ME"),
                Map.entry("KafkaVersion", "3.8.x.kraft"),
                Map.entry("NumberOfBrokerNodes", 6),
                Map.entry("BrokerNodeGroupInfo", Map.of("InstanceType", "kafka.m7g.large",
                        "ClientSubnets", List.of("subnet-REPLACE-ME-1", "subnet-REPLACE-ME-2", "subnet-REPLACE-ME-3"),
                        "SecurityGroups", List.of("sg-REPLACE-ME"),
                        "StorageInfo", Map.of("EbsStorageInfo", Map.of("VolumeSize", 1539)))),
                Map.entry("ConfigurationInfo", Map.of("Arn", Placeholders.CONFIGURATION_ARN, "Revision", 1)));
    }

    @Test
    void provisioned_storage_throughput_is_in_the_ebs_storage_info() {
        NewCluster c = NewClusters.of(new BrokerShape("kafka.m5.4xlarge", 3, 4000, 500), 3, TOPICS);

        assertThat(ebs(c)).isEqualTo(Map.of("VolumeSize", 4000,
                "ProvisionedThroughput", Map.of("Enabled", true, "VolumeThroughput", 500)));
        assertThat(c.terraform()).contains("        provisioned_throughput {\n          enabled           = true\n"
                + "          volume_throughput = 500\n        }\n");
    }

    @Test
    void express_brokers_have_no_storage_info() {
        NewCluster c = NewClusters.of(new BrokerShape("express.m7g.large", 3, 0, 0), 3, TOPICS);

        assertThat(group(c)).doesNotContainKey("StorageInfo");
        assertThat(c.createClusterJson().get("KafkaVersion")).isEqualTo("3.8.x");
        assertThat(c.terraform()).doesNotContain("storage_info");
    }

    @Test
    void kafka_t3_small_gets_the_zookeeper_version_since_it_cannot_run_kraft() {
        NewCluster c = NewClusters.of(new BrokerShape("kafka.t3.small", 3, 100, 0), 3, TOPICS);

        assertThat(c.createClusterJson().get("KafkaVersion")).isEqualTo("3.8.x");
        assertThat(c.terraform()).contains("  kafka_version          = \"3.8.x\"\n");
    }

    @Test
    void two_availability_zones_get_two_subnet_placeholders() {
        NewCluster c = NewClusters.of(new BrokerShape("kafka.m5.large", 4, 100, 0), 2, TOPICS);

        assertThat(group(c).get("ClientSubnets")).isEqualTo(List.of("subnet-REPLACE-ME-1", "subnet-REPLACE-ME-2"));
        assertThat(c.terraform()).contains("    client_subnets  = [\"subnet-REPLACE-ME-1\", \"subnet-REPLACE-ME-2\"]\n");
    }

    @Test
    void terraform_sets_the_planned_topic_defaults_in_the_configuration() {
        NewCluster c = NewClusters.of(new BrokerShape("kafka.m7g.large", 3, 100, 0), 3, TOPICS);

        assertThat(c.terraform()).contains("""
                  server_properties = <<PROPERTIES
                default.replication.factor=3
                min.insync.replicas=2
                num.partitions=24
                PROPERTIES
                """).contains("resource \"aws_msk_cluster\" \"this\" {\n")
                .contains("  number_of_broker_nodes = 3\n")
                .contains("    revision = aws_msk_configuration.this.latest_revision\n");
    }

    @Test
    void kafka_topics_create_has_the_planned_partitions_and_replication() {
        NewCluster c = NewClusters.of(new BrokerShape("kafka.m7g.large", 3, 100, 0), 3, TOPICS);

        assertThat(c.kafkaTopicsCreate()).isEqualTo("kafka-topics.sh --bootstrap-server BOOTSTRAP-BROKERS-REPLACE-ME --create "
                + "--topic TOPIC-NAME-REPLACE-ME --partitions 24 --replication-factor 3 --config min.insync.replicas=2");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(NewCluster c) {
        return (Map<String, Object>) c.createClusterJson().get("BrokerNodeGroupInfo");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ebs(NewCluster c) {
        return (Map<String, Object>) ((Map<String, Object>) group(c).get("StorageInfo")).get("EbsStorageInfo");
    }
}
