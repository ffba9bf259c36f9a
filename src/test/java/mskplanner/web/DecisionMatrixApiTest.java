package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decision matrix end to end on a real server: 10 MB/s steady, one group, 24 h retention, us-east-1 (the hand
 * computations are DecisionMatrixTest's).
 */
class DecisionMatrixApiTest {
    static final String TEN_MBPS = "avgIngressMBps=10&retentionHours=24";
    static final String WITH_EVERYTHING = "{\"avgIngressMBps\": 10, \"retentionHours\": 24, \"mskDiscountPercent\": 10,"
            + " \"opsHoursPerMonth\": 10, \"opsHourlyUsd\": 100, \"connectWorkers\": 2}";

    private Http http;

    @BeforeEach
    void start() {
        http = Http.start();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private JsonNode post(String body) throws Exception {
        return ok(http.post("/api/v1/plan", body));
    }

    private static JsonNode option(JsonNode plan, String instanceType) {
        for (JsonNode o : plan.get("options")) {
            if (o.get("instanceType").asText().equals(instanceType)) {
                return o;
            }
        }
        throw new AssertionError("no option " + instanceType);
    }

    @Test
    void the_plan_has_the_serverless_verdict_and_its_bill() throws Exception {
        JsonNode s = post(WITH_EVERYTHING).get("serverless");

        assertThat(s.get("fits").asBoolean()).isTrue();
        // the plan's 3 partitions (one per AZ) already keep each under Serverless's 5 MB/s in
        assertThat(s.get("partitions").asInt()).isEqualTo(3);
        assertThat(s.get("violations")).isEmpty();
        // 547.50 + 3 x 730 x 0.0015 = 3.285 + 2,447.51573 + 1,223.75786 + 80.46627 = 4,302.52486; x 0.9 = 3,872.27237
        assertThat(s.get("monthlyUsd").decimalValue()).isEqualByComparingTo("4302.52");
        assertThat(s.get("discountedMonthlyUsd").decimalValue()).isEqualByComparingTo("3872.27");
        assertThat(s.get("lineItems")).extracting(l -> l.get("item").asText()).containsExactly("Serverless cluster-hours",
                "Serverless partition-hours", "Serverless data in", "Serverless data out", "Serverless storage");
        assertThat(s.get("history")).extracting(h -> h.get("olderLimit").asText()).contains("120 partitions", "24 hours");
    }

    @Test
    void a_workload_serverless_cannot_take_names_each_violated_quota() throws Exception {
        JsonNode v = post("{\"avgIngressMBps\": 150, \"consumerGroups\": 3, \"partitions\": 90, \"authentication\": \"scram\","
                + " \"breakEven\": false}").at("/serverless/violations");

        // 150 MB/s x 3 groups = 450 MB/s > 400 MB/s; clients on SCRAM while Serverless takes IAM only
        assertThat(v).extracting(x -> x.get("id").asText()).containsExactly("serverless.egress", "serverless.authentication");
        assertThat(v.get(0).get("quota").asText()).isEqualTo("max egress throughput per cluster");
        assertThat(v.get(0).get("workloadValue").asText()).isEqualTo("450 MB/s");
        assertThat(v.get(0).get("limit").asText()).isEqualTo("400 MB/s");
        assertThat(v.get(0).get("message").asText()).startsWith("peak egress 450 MB/s exceeds");
    }

    @Test
    void the_plan_has_self_managed_ec2_with_commitments_and_the_ops_assumption() throws Exception {
        JsonNode e = post(WITH_EVERYTHING).at("/alternatives/selfManagedEc2");

        assertThat(e.get("instanceType").asText()).isEqualTo("m7g.large");
        assertThat(e.get("brokers").asInt()).isEqualTo(3);
        // EBS: the pick's 1,610 GiB volumes (4,827.976 / 3 = 1,609.325 rounded up) x 3 x $0.08 = 386.40;
        // 178.704 + 386.40 + 979.00629 + 326.33543 + ops 10 h x $100 = 2,870.44572
        assertThat(e.at("/onDemand/monthlyUsd").decimalValue()).isEqualByComparingTo("2870.45");
        assertThat(e.at("/onDemand/lineItems")).anyMatch(l -> l.get("item").asText()
                .equals("Operations (your assumption: 10 h x $100/h, not an AWS price)"));
        // 3 x 730 h x $0.037 = $81.03 instead of $178.704: 2,870.44572 - 97.674 = 2,772.77172
        assertThat(e.at("/reserved3yr/monthlyUsd").decimalValue()).isEqualByComparingTo("2772.77");
        assertThat(e.get("reserved1yr").isNull()).isFalse();
        assertThat(e.get("savingsPlan3yr").isNull()).isFalse();
        assertThat(e.get("notes")).anyMatch(n -> n.asText().startsWith("sized as the MSK Standard pick: 3 x kafka.m7g.large"));
    }

    @Test
    void the_plan_has_kinesis_in_both_modes_and_connect_when_asked() throws Exception {
        JsonNode a = post(WITH_EVERYTHING).get("alternatives");

        assertThat(a.at("/kinesis/fits").asBoolean()).isTrue();
        assertThat(a.at("/kinesis/shards").asInt()).isEqualTo(10);
        assertThat(a.at("/kinesis/shardBottleneck").asText()).isEqualTo("ingress bytes");
        // 10 x 730 h x $0.015 = $109.50 + 26,280 M PUT payload units x $0.014 = $367.92
        assertThat(a.at("/kinesis/provisioned/monthlyUsd").decimalValue()).isEqualByComparingTo("477.42");
        assertThat(a.at("/kinesis/onDemand/monthlyUsd").isNumber()).isTrue();
        // 2 workers x 1 MCU x 730 h x $0.11 = $160.60
        assertThat(a.at("/connect/monthlyUsd").decimalValue()).isEqualByComparingTo("160.60");
    }

    @Test
    void connect_is_null_unless_requested() throws Exception {
        assertThat(post("{\"avgIngressMBps\": 10, \"breakEven\": false}").at("/alternatives/connect").isNull()).isTrue();
    }

    @Test
    void an_msk_discount_keeps_list_prices_and_adds_labelled_discounted_figures() throws Exception {
        JsonNode r = post(WITH_EVERYTHING);

        assertThat(r.at("/mskDiscount/percent").asDouble()).isEqualTo(10);
        assertThat(r.at("/mskDiscount/label").asText()).isEqualTo("assumption: private discount, not an AWS price");
        JsonNode m7g = option(r, "kafka.m7g.large");
        // list 446.76 + EBS 3 x 1,610 GiB x $0.10 = 483.00 + cross-AZ 326.33543 = 1,256.09543; the MSK lines
        // (broker-hours 446.76 + EBS 483.00) 10% off: 1,256.09543 - 92.976 = 1,163.11943
        assertThat(m7g.get("monthlyUsd").decimalValue()).isEqualByComparingTo("1256.10");
        assertThat(m7g.get("discountedMonthlyUsd").decimalValue()).isEqualByComparingTo("1163.12");
    }

    @Test
    void without_a_discount_there_are_no_discounted_figures() throws Exception {
        JsonNode r = post("{\"avgIngressMBps\": 10, \"retentionHours\": 24, \"breakEven\": false}");

        assertThat(r.get("mskDiscount").isNull()).isTrue();
        assertThat(option(r, "kafka.m7g.large").get("discountedMonthlyUsd").isNull()).isTrue();
    }

    @Test
    void the_cheapest_deployment_now_heads_the_ranking() throws Exception {
        JsonNode r = post(WITH_EVERYTHING);

        // Kinesis provisioned $477.42 beats MSK Standard 3 x m7g.large at $1,256.10 (see above)
        assertThat(r.at("/cheapest/deployment").asText()).isEqualTo("kinesis");
        assertThat(r.at("/cheapest/monthlyUsd").decimalValue()).isEqualByComparingTo("477.42");
        assertThat(r.at("/ranking/0")).isEqualTo(r.get("cheapest"));
        assertThat(r.get("ranking")).anySatisfy(c -> {
            assertThat(c.get("deployment").asText()).isEqualTo("standard");
            assertThat(c.get("instanceType").asText()).isEqualTo("kafka.m7g.large");
            assertThat(c.get("monthlyUsd").decimalValue()).isEqualByComparingTo("1256.10");
        });
    }

    @Test
    void the_plan_has_break_even_curves_and_crossover_sentences() throws Exception {
        JsonNode b = post(WITH_EVERYTHING).get("breakEven");

        assertThat(b.get("curves")).extracting(c -> c.get("deployment").asText())
                .containsExactly("standard", "express", "serverless", "selfManagedEc2", "kinesis");
        assertThat(b.at("/curves/0/points/0/avgIngressGBPerHour").asDouble()).isEqualTo(0.1);
        assertThat(b.get("workloadGBPerHour").asDouble()).isEqualTo(33.5276);
        assertThat(b.get("crossovers")).anySatisfy(c -> {
            assertThat(c.get("cheaper").asText()).isEqualTo("serverless");
            assertThat(c.get("than").asText()).isEqualTo("express");
            assertThat(c.get("sentence").asText()).isEqualTo("MSK Serverless is cheaper than MSK Express below 3.7 GB/hour ingested");
        });
    }

    @Test
    void break_even_false_skips_the_sweep() throws Exception {
        assertThat(post("{\"avgIngressMBps\": 10, \"breakEven\": false}").get("breakEven").isNull()).isTrue();
    }

    @Test
    void get_with_the_new_query_parameters_gives_the_same_plan_as_post() throws Exception {
        JsonNode viaGet = ok(http.get("/api/v1/plan?" + TEN_MBPS
                + "&mskDiscountPercent=10&opsHoursPerMonth=10&opsHourlyUsd=100&connectWorkers=2"));

        assertThat(viaGet).isEqualTo(post(WITH_EVERYTHING));
    }

    @Test
    void the_break_even_endpoint_returns_the_plans_break_even() throws Exception {
        JsonNode alone = ok(http.get("/api/v1/break-even?" + TEN_MBPS));

        assertThat(alone).isEqualTo(post("{\"avgIngressMBps\": 10, \"retentionHours\": 24}").get("breakEven"));
    }

    @Test
    void the_break_even_endpoint_sweeps_even_when_asked_not_to() throws Exception {
        assertThat(ok(http.get("/api/v1/break-even?" + TEN_MBPS + "&breakEven=false")).get("curves")).hasSize(5);
    }

    @Test
    void break_even_csv_has_one_row_per_point_and_one_cost_column_per_deployment() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/break-even?" + TEN_MBPS + "&format=csv");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] rows = r.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("avgIngressGBPerHour,standardMonthlyUsd,expressMonthlyUsd,serverlessMonthlyUsd,"
                + "selfManagedEc2MonthlyUsd,kinesisMonthlyUsd");
        assertThat(rows).hasSize(61);
        // the last point, 1,341.1 GB/hour, is beyond Serverless's 670.6 GB/hour ceiling: its cell is empty
        assertThat(rows[60]).startsWith("1341.1045,").matches("1341\\.1045,[0-9.]*,[0-9.]+,,[0-9.]+,[0-9.]+");
    }

    @Test
    void break_even_csv_with_crossovers_true_lists_the_crossovers() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/break-even?" + TEN_MBPS + "&crossovers=true", "Accept", "text/csv");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String[] rows = r.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("cheaper,than,belowGBPerHour,sentence");
        assertThat(rows).contains("serverless,express,3.72,MSK Serverless is cheaper than MSK Express below 3.7 GB/hour ingested");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("{\"avgIngressMBps\": 10, \"mskDiscountPercent\": 101}", "mskDiscountPercent"),
                Arguments.of("{\"avgIngressMBps\": 10, \"mskDiscountPercent\": -1}", "mskDiscountPercent"),
                Arguments.of("{\"avgIngressMBps\": 10, \"mskDiscountPercent\": \"NaN\"}", "mskDiscountPercent"),
                Arguments.of("{\"avgIngressMBps\": 10, \"opsHoursPerMonth\": -1}", "opsHoursPerMonth"),
                Arguments.of("{\"avgIngressMBps\": 10, \"opsHourlyUsd\": -5}", "opsHourlyUsd"),
                Arguments.of("{\"avgIngressMBps\": 10, \"compactedPartitions\": -1}", "compactedPartitions"),
                Arguments.of("{\"avgIngressMBps\": 10, \"partitions\": 4, \"compactedPartitions\": 5}", "compactedPartitions"),
                Arguments.of("{\"avgIngressMBps\": 10, \"authentication\": \"kerberos\"}", "authentication"),
                Arguments.of("{\"avgIngressMBps\": 10, \"connectWorkers\": 0}", "connectWorkers"),
                Arguments.of("{\"avgIngressMBps\": 10, \"connectWorkers\": 1, \"mcuPerWorker\": 0}", "mcuPerWorker"),
                Arguments.of("{\"avgIngressMBps\": 10, \"mcuPerWorker\": 2}", "connectWorkers"),
                Arguments.of("{\"avgIngressMBps\": 10, \"breakEven\": \"maybe\"}", "breakEven"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @MethodSource("badRequests")
    void bad_decision_matrix_input_is_a_400_problem_naming_the_field(String body, String field) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/plan", body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.mapper().readTree(r.body()).get("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
        "/api/v1/break-even?avgIngressMBps=10&crossovers=maybe, crossovers",
        "/api/v1/break-even?avgIngressMBps=10&mskDiscountPercent=200, mskDiscountPercent",
        "/api/v1/break-even?avgIngressMBps=10&authentication=sasl, authentication",
        "/api/v1/break-even?avgIngressMBps=10&colour=blue, colour",
        "/api/v1/plan?avgIngressMBps=10&opsHourlyUsd=abc, opsHourlyUsd",
        "/api/v1/plan?avgIngressMBps=10&breakEven=maybe, breakEven",
    })
    void bad_query_parameters_are_a_400_problem_naming_the_parameter(String path, String field) throws Exception {
        HttpResponse<String> r = http.get(path);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(Json.mapper().readTree(r.body()).get("field").asText()).isEqualTo(field);
    }
}
