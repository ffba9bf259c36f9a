package mskplanner.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PlanResponseTest {
    private final PlanService service = new PlanService(Fixtures.bundled());

    /** 10 MiB/s (10.48576 MB/s) in, avg = peak, one group, 24 h retention. */
    static PlanRequest tenMiBps() {
        return new PlanRequest(null, 10.48576, null, null, null, 1, null, null, null, null, null, null, null, null, null,
                24.0, null, null, null, null, null, null, null, null, null, null, null);
    }

    JsonNode json(PlanRequest r) throws Exception {
        return Json.mapper().readTree(Json.mapper().writeValueAsString(service.plan(r)));
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_response_has_exactly_the_contract_fields() throws Exception {
        JsonNode r = json(tenMiBps());
        assertThat(fields(r)).containsExactly("preset", "region", "workload", "partitions", "options", "recommended",
                "assumptions", "pricing", "warnings", "serverless", "alternatives", "mskDiscount", "breakEven", "cheapest",
                "ranking", "unpricedSizes", "topics");
        assertThat(fields(r.get("partitions"))).containsExactly("recommended", "raw", "powerOfTwo", "replicas", "warnings");
        assertThat(fields(r.at("/partitions/raw"))).containsExactly("byIngress", "byEgress", "byParallelism", "byAvailabilityZones");
        assertThat(fields(r.get("recommended"))).containsExactly("m5", "m7g", "express", "overall");
    }

    @Test
    void each_option_has_exactly_the_contract_fields() throws Exception {
        JsonNode option = json(tenMiBps()).at("/options/1");
        assertThat(fields(option)).containsExactly("deployment", "instanceType", "brokers", "bottleneck", "constraints",
                "storageGiBPerBroker", "tieredStorageGiB", "sustainedLimitMBps", "monthlyUsd", "lineItems", "fitsQuota",
                "warnings", "discountedMonthlyUsd", "estimateCluster", "recommendedFor");
        assertThat(fields(option.at("/constraints/0"))).containsExactly("name", "brokersNeeded", "demand",
                "capacityPerBroker", "unit");
        assertThat(fields(option.at("/lineItems/0"))).containsExactly("item", "quantity", "unit", "unitPriceUsd", "monthlyUsd");
    }

    @Test
    void each_option_names_the_classes_it_is_the_pick_of_as_recommended_says() throws Exception {
        JsonNode r = json(tenMiBps());
        int named = 0;
        for (JsonNode option : r.get("options")) {
            List<String> expected = new ArrayList<>();
            for (String c : List.of("m5", "m7g", "express", "overall")) {
                JsonNode pick = r.at("/recommended/" + c);
                if (!pick.isNull() && pick.get("instanceType").equals(option.get("instanceType"))) {
                    expected.add(c);
                }
            }
            List<String> actual = new ArrayList<>();
            option.get("recommendedFor").forEach(c -> actual.add(c.asText()));
            assertThat(actual).as(option.get("instanceType").asText()).isEqualTo(expected);
            named += actual.size();
        }
        // each class has a pick at 10 MiB/s, so four names in all, and a pick says the same of itself
        assertThat(named).isEqualTo(4);
        assertThat(r.at("/recommended/overall/recommendedFor").toString()).contains("overall");
    }

    @Test
    void lines_are_rounded_to_cents_and_the_total_is_summed_from_unrounded_lines() throws Exception {
        JsonNode express = json(tenMiBps()).at("/options/16");
        assertThat(express.get("instanceType").asText()).isEqualTo("express.m7g.large");
        // lines 893.52, 84.375 -> 84.38, 256.640625 -> 256.64, 342.1875 -> 342.19 (rounded sum 1,576.73);
        // the total is 1,576.723125 -> 1,576.72
        assertThat(express.at("/lineItems/1/monthlyUsd").decimalValue()).isEqualByComparingTo("84.38");
        assertThat(express.at("/lineItems/3/monthlyUsd").decimalValue()).isEqualByComparingTo("342.19");
        assertThat(express.get("monthlyUsd").decimalValue()).isEqualByComparingTo("1576.72");
        assertThat(express.get("monthlyUsd").toString()).isEqualTo("1576.72");
    }

    @Test
    void the_picks_are_the_options_themselves_and_the_preset_is_echoed() throws Exception {
        JsonNode r = json(tenMiBps());
        assertThat(r.get("preset").asText()).isEqualTo("aws-workbook");
        // 10 MiB/s: m7g.large 3 x 730 x $0.204 = $446.76 of broker-hours is the cheapest of the three picks
        assertThat(r.at("/recommended/overall/instanceType").asText()).isEqualTo("kafka.m7g.large");
        assertThat(r.at("/recommended/m7g")).isEqualTo(r.at("/recommended/overall"));
    }

    @Test
    void a_class_with_no_option_within_the_quota_has_a_null_pick() throws Exception {
        // 6000 MB/s = 5722 MiB/s: even m5.24xlarge (76.9 MiB/s per broker) needs 75 brokers > 60
        PlanRequest heavy = new PlanRequest(null, 6000.0, null, null, null, null, null, null, null, null, null, null, null,
                null, null, 1.0, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(json(heavy).at("/recommended/m5").isNull()).isTrue();
    }

    @Test
    void the_assumptions_show_every_factor_and_the_values_in_force() throws Exception {
        JsonNode a = json(tenMiBps()).get("assumptions");
        assertThat(a.at("/storageIoFactor/inUse").asDouble()).isEqualTo(6.5);
        // fan-out 1 x AZ factor 1.5 + 5.7 = 7.2
        assertThat(a.at("/networkFactor/inUse").asDouble()).isEqualTo(7.2);
        assertThat(a.at("/networkFactor/azFactor").asDouble()).isEqualTo(1.5);
        assertThat(fields(a)).contains("writeMBpsPerPartition", "readMBpsPerPartition", "utilizationStandard",
                "utilizationExpress", "diskHeadroom", "expressEgressRatio", "sustainedTarget", "defaultVolumeThroughputMiBps",
                "maxStorageGiBPerBroker", "hoursPerMonth", "brokerQuota", "useMaxPartitions", "mbPerMiB");
    }

    @Test
    void express_options_have_a_null_sustained_limit() throws Exception {
        assertThat(json(tenMiBps()).at("/options/16/sustainedLimitMBps").isNull()).isTrue();
    }
}
