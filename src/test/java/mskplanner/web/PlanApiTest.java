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
import org.junit.jupiter.params.provider.MethodSource;

class PlanApiTest {
    /**
     * The architect, as docs/examples/profile.json documents her: 100 MB/s average, 500 MB/s peak, two
     * consumer groups, 30 days retention, 24 hours hot.
     */
    static final String ARCHITECT = mskplanner.testing.Requests.read("docs/examples/profile.json");

    private Http http;

    @BeforeEach
    void start() {
        http = Http.start();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private JsonNode plan(String body) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/plan", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return Json.mapper().readTree(r.body());
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
    void the_aws_workbook_preset_sizes_the_architects_workload_end_to_end() throws Exception {
        JsonNode r = plan(ARCHITECT);
        assertThat(r.get("preset").asText()).isEqualTo("aws-workbook");
        // partitions: max(ceil(500 / 12) = 42, ceil(500 / 50) = 10, 1) = 42; power of two 64; 42 x 3 = 126 replicas
        assertThat(r.at("/partitions/recommended").asInt()).isEqualTo(42);
        assertThat(r.at("/partitions/powerOfTwo").asInt()).isEqualTo(64);
        assertThat(r.at("/partitions/replicas").asInt()).isEqualTo(126);
        // m7g.xlarge, tiered, fan-out 2: min(156.25 / 8.0, 234 / (2 x 1.5 + 7.2)) x 0.5 = 9.765625 MiB/s per broker;
        // 500 MB/s = 476.837 MiB/s / 9.765625 = 48.8 -> 49 -> 51 brokers
        JsonNode m7g = r.at("/recommended/m7g");
        assertThat(m7g.get("instanceType").asText()).isEqualTo("kafka.m7g.xlarge");
        assertThat(m7g.get("brokers").asInt()).isEqualTo(51);
        assertThat(m7g.get("bottleneck").asText()).isEqualTo("ingress");
        // 51 x 730 x $0.408 = 15,189.84; EBS 95.367 MiB/s x 24 h x 3600 x 3 / 1024 x 2 = 48,279.76 GiB / 51 = 946.66 ->
        // 947 GiB volumes, 51 x 947 = 48,297 GiB x $0.10 = 4,829.70; tiered 95.367 x 696 h x 3600 / 1024 = 233,352.18 GiB
        // x $0.06 = 14,001.13; cross-AZ 95.367 x 2/3 x 3600 x 730 / 1024 = 163,167.72 GB x 2 x $0.01 = 3,263.35;
        // total 37,284.0256 -> 37,284.03
        assertThat(m7g.get("storageGiBPerBroker").isInt()).isTrue();
        assertThat(m7g.get("storageGiBPerBroker").asInt()).isEqualTo(947);
        assertThat(m7g.get("monthlyUsd").decimalValue()).isEqualByComparingTo("37284.03");
        assertThat(r.at("/recommended/overall/instanceType").asText()).isEqualTo("kafka.m7g.xlarge");
        assertThat(r.get("options")).hasSize(23);
    }

    @Test
    void the_sustained_throughput_preset_sizes_with_equation_1_end_to_end() throws Exception {
        JsonNode r = plan(ARCHITECT.replace("\"avgIngressMBps\"", "\"preset\": \"sustained-throughput\", \"avgIngressMBps\""));
        assertThat(r.get("preset").asText()).isEqualTo("sustained-throughput");
        JsonNode m5 = option(r, "kafka.m5.4xlarge");
        // ingress: 3 x 500 = 1500 MB/s written / (0.8 x min(262.144, 593.75)) = 7.15 -> 8 -> 9;
        // egress: 1000 + 2 x 500 = 2000 MB/s out / (0.8 x 625) = 4 -> 6
        assertThat(m5.get("brokers").asInt()).isEqualTo(9);
        assertThat(m5.get("bottleneck").asText()).isEqualTo("ingress");
        assertThat(m5.at("/constraints/1/brokersNeeded").asInt()).isEqualTo(6);
        // Equation 1 for 9 brokers: min(262.144 x 9 / 3, 593.75 x 9 / 3, 625 x 9 / (2 + 3 - 1)) = 786.432 MB/s
        assertThat(m5.get("sustainedLimitMBps").asDouble()).isEqualTo(786.432);
    }

    @Test
    void a_region_code_is_read_whatever_its_case() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/plan?avgIngressMBps=10&breakEven=false&region=EU-West-1");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode upper = Json.mapper().readTree(r.body());
        JsonNode lower = Json.mapper().readTree(http.get("/api/v1/plan?avgIngressMBps=10&breakEven=false&region=eu-west-1").body());

        assertThat(upper.get("region").asText()).isEqualTo("eu-west-1");
        assertThat(upper.at("/recommended/overall/monthlyUsd")).isEqualTo(lower.at("/recommended/overall/monthlyUsd"));
    }

    @Test
    void get_with_query_parameters_gives_the_same_plan_as_post() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/plan?avgIngressMBps=100&peakIngressMBps=500&consumerGroups=2"
                + "&retentionHours=720&localRetentionHours=24");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Json.mapper().readTree(r.body())).isEqualTo(plan(ARCHITECT));
    }

    @Test
    void format_csv_returns_one_row_per_option_for_importdata() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/plan?avgIngressMBps=100&peakIngressMBps=500&consumerGroups=2"
                + "&retentionHours=720&localRetentionHours=24&format=csv");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] rows = r.body().split("\r\n");
        assertThat(rows).hasSize(24);
        assertThat(rows[0]).isEqualTo("deployment,instanceType,brokers,bottleneck,monthlyUsd,fitsQuota,storageGiBPerBroker,"
                + "sustainedLimitMBps,recommended-for,annualUsd,partitions,cheapestDeployment,cheapestMonthlyUsd");
        // 48,279.76 GiB / 51 = 946.66 -> 947 GiB per broker; Equation 1 for 51: min(262.144 x 17, 156.25 x 17, 234.5 x 51 / 3)
        assertThat(rows).anyMatch(row -> row.startsWith("standard,kafka.m7g.xlarge,51,ingress,37284.03,true,947,2656.25,m7g overall,"));
    }

    @Test
    void accept_text_csv_on_post_returns_csv() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/plan", ARCHITECT, "Accept", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("deployment,instanceType,");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("{\"avgIngressMBps\": 100, \"peakIngressMBps\": 50}", "peakIngressMBps"),
                Arguments.of("{\"avgIngressMBps\": 100, \"retentionHours\": 24, \"localRetentionHours\": 48}", "localRetentionHours"),
                Arguments.of("{\"avgIngressMBps\": 100, \"replicationFactor\": 2, \"minInsyncReplicas\": 3}", "minInsyncReplicas"),
                Arguments.of("{\"avgIngressMBps\": 100, \"replicationFactor\": 61}", "replicationFactor"),
                Arguments.of("{\"avgIngressMBps\": 100, \"replicationFactor\": 4, \"brokerQuota\": 3}", "replicationFactor"),
                Arguments.of("{\"avgIngressMBps\": 0}", "avgIngressMBps"),
                Arguments.of("{\"avgIngressMBps\": -10}", "avgIngressMBps"),
                Arguments.of("{\"avgIngressMBps\": \"NaN\"}", "avgIngressMBps"),
                Arguments.of("{\"avgIngressMBps\": 10, \"peakEgressMBps\": 0}", "peakEgressMBps"),
                Arguments.of("{\"avgIngressMBps\": 100, \"preset\": \"excel\"}", "preset"),
                Arguments.of("{}", "avgIngressMBps"),
                Arguments.of("{\"avgIngressMBps\": 100, \"availabilityZones\": 1}", "availabilityZones"),
                Arguments.of("{\"avgIngressMBps\": 100, \"utilizationStandard\": 1.5}", "utilizationStandard"),
                Arguments.of("{\"avgIngressMBps\": 100, \"region\": \"mars-1\"}", "region"),
                Arguments.of("{\"avgIngressMBps\": 100, \"partitions\": 2.5}", "partitions"),
                Arguments.of("{\"avgIngresMBps\": 100}", "avgIngresMBps"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @MethodSource("badRequests")
    void bad_input_is_a_400_problem_naming_the_field(String body, String field) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/plan", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.mapper().readTree(r.body()).get("field").asText()).isEqualTo(field);
    }

    @Test
    void bad_query_parameters_are_a_400_problem_naming_the_parameter() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/plan?avgIngressMBps=abc");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(r.body()).get("detail").asText())
                .isEqualTo("avgIngressMBps = abc is not allowed: a number");
    }

    @Test
    void an_out_of_range_ingress_is_a_400_naming_the_json_field_the_value_and_the_range() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/plan", "{\"avgIngressMBps\": 2000000}");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode problem = Json.mapper().readTree(r.body());
        assertThat(problem.get("field").asText()).isEqualTo("avgIngressMBps");
        assertThat(problem.get("value").asText()).isEqualTo("2000000");
        assertThat(problem.get("allowed").asText()).isEqualTo("a number > 0 and <= 1000000");
        assertThat(problem.get("detail").asText()).isEqualTo("avgIngressMBps = 2000000 is not allowed: a number > 0 and <= 1000000");
    }

    @Test
    void nan_in_a_query_parameter_is_a_400_naming_the_field() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/plan?avgIngressMBps=NaN");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(r.body()).get("field").asText()).isEqualTo("avgIngressMBps");
    }

    @Test
    void warnings_are_not_errors() throws Exception {
        JsonNode r = plan("{\"avgIngressMBps\": 10, \"replicationFactor\": 1, \"availabilityZones\": 2}");
        assertThat(r.get("warnings").toString()).contains("replicationFactor 1", "availabilityZones 2");
    }
}
