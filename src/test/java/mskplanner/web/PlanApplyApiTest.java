package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every pick of GET /api/v1/plan says how to create it. */
class PlanApplyApiTest {
    /** 50 MB/s average, 120 MB/s peak, 2 consumer groups, 24 consumers: 24 partitions (the seed guide's example). */
    static final String QUERY = "avgIngressMBps=50&peakIngressMBps=120&consumerGroups=2&maxConsumerParallelism=24&breakEven=false";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode plan(String query) throws Exception {
        HttpResponse<String> r = server.get("/api/v1/plan?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    @Test
    void the_create_cluster_json_is_the_picks_shape_with_named_placeholders() throws Exception {
        JsonNode m7g = plan(QUERY).at("/recommended/m7g");
        JsonNode json = m7g.at("/apply/createClusterJson");

        assertThat(json.path("ClusterName").asText()).isEqualTo("CLUSTER-NAME-REPLACE-ME");
        assertThat(json.path("NumberOfBrokerNodes").asInt()).isEqualTo(m7g.path("brokers").asInt());
        assertThat(json.at("/BrokerNodeGroupInfo/InstanceType").asText()).isEqualTo(m7g.path("instanceType").asText());
        assertThat(json.at("/BrokerNodeGroupInfo/StorageInfo/EbsStorageInfo/VolumeSize").asInt())
                .isEqualTo(m7g.path("storageGiBPerBroker").asInt()).isPositive();
        assertThat(json.at("/BrokerNodeGroupInfo/ClientSubnets").toString())
                .isEqualTo("[\"subnet-REPLACE-ME-1\",\"subnet-REPLACE-ME-2\",\"subnet-REPLACE-ME-3\"]");
        assertThat(json.at("/BrokerNodeGroupInfo/SecurityGroups/0").asText()).isEqualTo("sg-REPLACE-ME");
        assertThat(json.at("/ConfigurationInfo/Arn").asText()).endsWith(":configuration/CONFIGURATION-REPLACE-ME");
    }

    @Test
    void the_express_pick_has_no_storage_info() throws Exception {
        JsonNode express = plan(QUERY).at("/recommended/express");

        assertThat(express.at("/apply/createClusterJson/BrokerNodeGroupInfo/InstanceType").asText()).startsWith("express.");
        assertThat(express.at("/apply/createClusterJson/BrokerNodeGroupInfo").has("StorageInfo")).isFalse();
        assertThat(express.at("/apply/terraform").asText()).doesNotContain("storage_info");
    }

    @Test
    void terraform_and_the_topic_line_carry_the_planned_partitions_and_replication() throws Exception {
        JsonNode plan = plan(QUERY + "&minInsyncReplicas=2");
        JsonNode apply = plan.at("/recommended/overall/apply");
        int partitions = plan.at("/partitions/recommended").asInt();

        assertThat(partitions).isEqualTo(24);
        assertThat(apply.path("terraform").asText()).contains("default.replication.factor=3\nmin.insync.replicas=2\nnum.partitions=24\n")
                .contains("resource \"aws_msk_cluster\" \"this\" {");
        assertThat(apply.path("kafkaTopicsCreate").asText()).isEqualTo("kafka-topics.sh --bootstrap-server "
                + "BOOTSTRAP-BROKERS-REPLACE-ME --create --topic TOPIC-NAME-REPLACE-ME --partitions 24 --replication-factor 3"
                + " --config min.insync.replicas=2");
    }

    @Test
    void the_options_list_carries_no_apply_only_the_picks_do() throws Exception {
        JsonNode plan = plan(QUERY);

        for (JsonNode o : plan.path("options")) {
            assertThat(o.has("apply")).as(o.path("instanceType").asText()).isFalse();
        }
        assertThat(plan.at("/recommended/m5/apply").isObject()).isTrue();
        assertThat(plan.at("/recommended/overall/apply").isObject()).isTrue();
    }

    @Test
    void select_answers_the_topic_line_as_plain_text() throws Exception {
        HttpResponse<String> r = server.get("/api/v1/plan?" + QUERY + "&select=recommended.overall.apply.kafkaTopicsCreate");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).startsWith("kafka-topics.sh --bootstrap-server BOOTSTRAP-BROKERS-REPLACE-ME --create ");
    }
}
