package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * One bill: every plan option's {@code estimateCluster}, estimated alone in the plan's region, costs the option's
 * {@code monthlyUsd} to the cent.
 */
class PlanEstimateAgreementTest {
    private static final int RANDOM_WORKLOADS = 200;
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = http.post(path, body);
        assertThat(r.statusCode()).as(path + " " + body + " -> " + r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    /** The plan of a profile, without the break-even sweep (it does not change the options). */
    private static JsonNode plan(String profile) throws Exception {
        return post("/api/v1/plan", profile.replaceFirst("}$", ", \"breakEven\": false}"));
    }

    /** The estimate of one cluster alone, in the plan's region and hours. */
    private static JsonNode estimateAlone(JsonNode plan, JsonNode cluster) throws Exception {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("region", plan.get("region").asText());
        request.put("hoursPerMonth", plan.at("/assumptions/hoursPerMonth").asDouble());
        request.putArray("clusters").add(cluster);
        return post("/api/v1/estimate", Json.mapper().writeValueAsString(request)).at("/clusters/0");
    }

    private static void assertEveryOptionAgrees(JsonNode plan) throws Exception {
        assertThat(plan.get("options")).as("%s", plan.get("warnings")).isNotEmpty();
        for (JsonNode option : plan.get("options")) {
            JsonNode estimated = estimateAlone(plan, option.get("estimateCluster"));
            assertThat(estimated.get("monthlyUsd").decimalValue()).as(option.get("instanceType").asText() + " in " + plan)
                    .isEqualByComparingTo(option.get("monthlyUsd").decimalValue());
            assertThat(estimated.get("lineItems")).as(option.get("instanceType").asText()).isEqualTo(option.get("lineItems"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"avgIngressMBps\": 100, \"peakIngressMBps\": 500, \"consumerGroups\": 2, \"retentionHours\": 720, \"localRetentionHours\": 24}",
            "{\"avgIngressMBps\": 10, \"consumerGroups\": 1, \"retentionHours\": 24}",
            "{\"avgIngressMBps\": 37.3, \"consumerGroups\": 3, \"rackAwareConsumers\": false, \"availabilityZones\": 2, \"replicationFactor\": 2}",
            "{\"avgIngressMBps\": 250, \"consumerGroups\": 4, \"provisionedThroughputMiBps\": 500, \"rackAwareConsumers\": false}",
            "{\"avgIngressMBps\": 80, \"consumerGroups\": 2, \"preset\": \"sustained-throughput\", \"provisionedThroughputMiBps\": 300}",
            "{\"avgIngressMBps\": 12.5, \"region\": \"ap-southeast-1\", \"availabilityZones\": 2, \"replicationFactor\": 2, \"retentionHours\": 336, \"localRetentionHours\": 12}",
            "{\"avgIngressMBps\": 55, \"region\": \"ap-southeast-1\", \"consumerGroups\": 2, \"rackAwareConsumers\": false}",
            "{\"avgIngressMBps\": 5, \"region\": \"ap-south-1\"}",
            "{\"avgIngressMBps\": 20, \"hoursPerMonth\": 744, \"rackAwareConsumers\": false}",
            "{\"avgIngressMBps\": 10, \"replicationFactor\": 3, \"availabilityZones\": 2, \"retentionHours\": 24}",
            "{\"avgIngressMBps\": 1, \"replicationFactor\": 4, \"minInsyncReplicas\": 2, \"retentionHours\": 24}"})
    void every_option_of_a_plan_is_reproduced_to_the_cent_by_its_estimate_cluster(String profile) throws Exception {
        assertEveryOptionAgrees(plan(profile));
    }

    @Test
    void the_recommended_picks_carry_the_same_estimate_cluster_as_their_option() throws Exception {
        JsonNode plan = plan("{\"avgIngressMBps\": 100, \"consumerGroups\": 2}");
        for (String pick : List.of("m5", "m7g", "express", "overall")) {
            JsonNode chosen = plan.at("/recommended/" + pick);
            JsonNode estimated = estimateAlone(plan, chosen.get("estimateCluster"));
            assertThat(estimated.get("monthlyUsd").decimalValue()).as(pick).isEqualByComparingTo(chosen.get("monthlyUsd").decimalValue());
        }
    }

    @Test
    void a_standard_estimate_cluster_names_the_provisioned_cluster_and_its_traffic() throws Exception {
        JsonNode c = plan("{\"avgIngressMBps\": 10, \"consumerGroups\": 1, \"retentionHours\": 24}").at("/recommended/m7g/estimateCluster");
        // 10 MB/s = 9.5367 MiB/s x 24 h x 3600 x 3 / 1024 x 2 = 4,827.976 GiB / 3 = 1,609.3 -> 1,610 GiB per broker
        assertThat(c.get("type").asText()).isEqualTo("standard");
        assertThat(c.get("instanceType").asText()).isEqualTo("kafka.m7g.large");
        assertThat(c.get("brokers").asInt()).isEqualTo(3);
        assertThat(c.get("storageGiBPerBroker").asDouble()).isEqualTo(1610);
        assertThat(c.get("availabilityZones").asInt()).isEqualTo(3);
        assertThat(c.get("avgIngressMBps").asDouble()).isEqualTo(10);
        assertThat(c.get("avgEgressMBps").asDouble()).isEqualTo(10);
        assertThat(c.get("rackAwareConsumers").asBoolean()).isTrue();
        assertThat(c.has("partitions")).as("fields that do not apply are left out").isFalse();
    }

    @Test
    void seeded_random_workloads_agree_option_by_option() throws Exception {
        Random random = new Random(20261203L);
        // us-east-1 has every price; the others lack some sizes and the inter-AZ rate (options without a cross-AZ line)
        List<String> regions = List.of("us-east-1", "us-east-1", "ap-southeast-1", "ap-south-1", "ap-northeast-2");
        int compared = 0;
        for (int i = 0; i < RANDOM_WORKLOADS; i++) {
            JsonNode plan = plan(randomProfile(random, regions.get(random.nextInt(regions.size()))));
            if (plan.get("options").isEmpty()) {
                continue;
            }
            // every option in one request: each cluster's cost in an estimate does not depend on the others
            ObjectNode request = JsonNodeFactory.instance.objectNode();
            request.put("region", plan.get("region").asText());
            ArrayNode clusters = request.putArray("clusters");
            plan.get("options").forEach(o -> clusters.add(o.get("estimateCluster")));
            JsonNode estimate = post("/api/v1/estimate", Json.mapper().writeValueAsString(request));
            for (int k = 0; k < plan.get("options").size(); k++) {
                JsonNode option = plan.get("options").get(k);
                assertThat(estimate.at("/clusters/" + k + "/monthlyUsd").decimalValue())
                        .as("workload %d, %s: %s", i, option.get("instanceType").asText(), option.get("estimateCluster"))
                        .isEqualByComparingTo(option.get("monthlyUsd").decimalValue());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(RANDOM_WORKLOADS * 5);
    }

    private static String randomProfile(Random r, String region) {
        int zones = 2 + r.nextInt(2);
        double ingress = Math.round(Math.pow(10, r.nextDouble() * 3) * 1000) / 1000.0;
        double retention = 1 + r.nextInt(720);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "{\"region\": \"%s\", \"avgIngressMBps\": %s, \"peakIngressMBps\": %s, \"consumerGroups\": %d, "
                        + "\"retentionHours\": %s, \"availabilityZones\": %d, \"replicationFactor\": %d, \"rackAwareConsumers\": %b",
                region, ingress, ingress * (1 + r.nextInt(3)), 1 + r.nextInt(4), retention, zones, zones, r.nextBoolean()));
        if (r.nextInt(3) == 0) {
            b.append(", \"localRetentionHours\": ").append(Math.max(1, Math.floor(retention / (2 + r.nextInt(6)))));
        }
        if (r.nextInt(4) == 0) {
            b.append(", \"provisionedThroughputMiBps\": ").append(250 + r.nextInt(751));
        }
        if (r.nextInt(4) == 0) {
            b.append(", \"preset\": \"sustained-throughput\"");
        }
        return b.append("}").toString();
    }
}
