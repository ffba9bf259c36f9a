package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/plan} with a topic inventory, over HTTP. Rates are whole MiB/s (1 MiB/s = 1.048576 MB/s). */
class PlanTopicsApiTest {
    /** orders 10 MiB/s 7 days on brokers, two groups; clicks 4 MiB/s 72 h, 48 h local; users compacted to 50 GiB. */
    static final String THREE_TOPICS = """
            {"topics": [
              {"name": "orders", "partitions": 12, "retentionHours": 168, "avgIngressMBps": 10.48576,
               "peakIngressMBps": 20.97152, "consumerGroups": 2},
              {"name": "clicks", "partitions": 24, "retentionHours": 72, "localRetentionHours": 48,
               "avgIngressMBps": 4.194304, "peakIngressMBps": 12.582912},
              {"name": "users", "partitions": 3, "cleanupPolicy": "compact", "compactedSizeGiB": 50,
               "avgIngressMBps": 1.048576, "consumerGroups": 3}],
             "breakEven": false}""";

    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static JsonNode plan(String body) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/plan", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private static JsonNode problem(String body) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/plan", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return Json.mapper().readTree(r.body());
    }

    @Test
    void the_workload_is_the_sum_of_the_topics() throws Exception {
        JsonNode w = plan(THREE_TOPICS).get("workload");
        // 10 + 4 + 1 = 15 MiB/s; peaks 20 + 12 + 1 = 33 MiB/s; egress 10 x 2 + 4 + 1 x 3 = 27 MiB/s
        assertThat(w.get("avgIngressMBps").asDouble()).isCloseTo(15 * 1.048576, within(1e-9));
        assertThat(w.get("peakIngressMBps").asDouble()).isCloseTo(33 * 1.048576, within(1e-9));
        assertThat(w.get("avgEgressMBps").asDouble()).isCloseTo(27 * 1.048576, within(1e-9));
        // clicks tiers 24 h of its 72
        assertThat(w.get("tieredStorage").asBoolean()).isTrue();
    }

    @Test
    void partitions_are_at_least_the_inventorys_sum() throws Exception {
        // 12 + 24 + 3 = 39
        assertThat(plan(THREE_TOPICS).at("/partitions/recommended").asInt()).isEqualTo(39);
        assertThat(plan(THREE_TOPICS.replace("\"breakEven\"", "\"partitions\": 60, \"breakEven\"")).at("/partitions/recommended").asInt())
                .isEqualTo(60);
    }

    @Test
    void the_answer_says_which_peak_it_sized() throws Exception {
        assertThat(plan(THREE_TOPICS).at("/topics/peakIngress").asText()).isEqualTo("the sum of the topics' peaks");
        JsonNode given = plan(THREE_TOPICS.replace("\"breakEven\"", "\"peakIngressMBps\": 25, \"breakEven\""));
        assertThat(given.at("/topics/peakIngress").asText()).isEqualTo("peakIngressMBps as given");
        assertThat(given.at("/workload/peakIngressMBps").asDouble()).isEqualTo(25);
    }

    @Test
    void the_per_topic_storage_costs_add_up_to_the_priced_options_storage_lines_to_the_cent() throws Exception {
        JsonNode r = plan(THREE_TOPICS);
        JsonNode topics = r.get("topics");
        JsonNode priced = null;
        for (JsonNode o : r.get("options")) {
            if (topics.get("pricedOn").asText().equals(o.get("brokers").asInt() + " x " + o.get("instanceType").asText())) {
                priced = o;
            }
        }
        assertThat(priced).as("the priced option is one of the plan's").isNotNull();
        BigDecimal lines = BigDecimal.ZERO;
        for (JsonNode line : priced.get("lineItems")) {
            String item = line.get("item").asText();
            if (item.equals("Broker storage (EBS)") || item.equals("Tiered storage")) {
                lines = lines.add(line.get("monthlyUsd").decimalValue());
            }
        }
        BigDecimal rows = BigDecimal.ZERO;
        for (JsonNode row : topics.get("topics")) {
            rows = rows.add(row.get("monthlyStorageUsd").decimalValue());
        }
        assertThat(rows).isEqualByComparingTo(lines).isEqualByComparingTo(topics.get("storageMonthlyUsd").decimalValue());
        // orders: 10 x 3600 x 168 / 1024 = 5,906.25 GiB a copy x RF 3 x headroom 2 = 35,437.5 GiB
        assertThat(topics.at("/topics/0/storageGiB").asDouble()).isCloseTo(35_437.5, within(0.001));
        // clicks: 4 x 3600 x 24 / 1024 = 337.5 GiB tiered
        assertThat(topics.at("/topics/1/tieredGiB").asDouble()).isCloseTo(337.5, within(0.001));
    }

    @Test
    void the_advice_names_the_topic_the_saving_and_the_kafka_configs_line() throws Exception {
        JsonNode advice = plan(THREE_TOPICS).at("/topics/advice/0");
        assertThat(advice.get("topic").asText()).isEqualTo("orders");
        assertThat(advice.get("change").asText()).isEqualTo("tiered storage");
        assertThat(advice.get("command").asText()).isEqualTo("kafka-configs.sh --bootstrap-server BOOTSTRAP-BROKERS-REPLACE-ME"
                + " --alter --entity-type topics --entity-name orders --add-config remote.storage.enable=true,local.retention.ms=86400000");
        assertThat(advice.get("monthlySavingsUsd").decimalValue()).isPositive();
    }

    @Test
    void a_bad_row_is_named_by_its_topic_and_field() throws Exception {
        JsonNode p = problem(THREE_TOPICS.replace("\"retentionHours\": 72", "\"retentionHours\": -1"));
        assertThat(p.get("field").asText()).isEqualTo("topics[clicks].retentionHours");
        assertThat(p.get("value").asText()).isEqualTo("-1");
        assertThat(p.get("allowed").asText()).isEqualTo("a number > 0 and <= 876000");
    }

    @Test
    void a_topic_without_its_ingress_is_refused_by_name() throws Exception {
        JsonNode p = problem("{\"topics\": [{\"name\": \"orders\", \"partitions\": 3}]}");
        assertThat(p.get("field").asText()).isEqualTo("topics[orders].avgIngressMBps");
        assertThat(p.get("allowed").asText()).isEqualTo("required for every topic (in the inventory, a throughput file or a default ingress per topic)");
    }

    @Test
    void the_aggregate_ingress_beside_an_inventory_is_refused() throws Exception {
        JsonNode p = problem(THREE_TOPICS.replace("\"breakEven\"", "\"avgIngressMBps\": 50, \"breakEven\""));
        assertThat(p.get("field").asText()).isEqualTo("avgIngressMBps");
        assertThat(p.get("allowed").asText()).isEqualTo("left out with topics: the inventory's traffic is the sum of its topics'");
    }

    @Test
    void an_unknown_topic_field_is_refused() throws Exception {
        JsonNode p = problem("{\"topics\": [{\"name\": \"orders\", \"partitions\": 3, \"avgIngressMBps\": 1, \"retention\": 5}]}");
        assertThat(p.toString()).contains("retention");
    }

    @Test
    void format_csv_with_topics_answers_the_plans_stable_columns_and_select_reads_one_topics_cell() throws Exception {
        HttpResponse<String> csv = http.post("/api/v1/plan?format=csv", THREE_TOPICS);
        HttpResponse<String> cell = http.post("/api/v1/plan?select=topics.topics.0.monthlyStorageUsd", THREE_TOPICS);
        JsonNode json = plan(THREE_TOPICS);

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst()).hasValue("deployment,instanceType,brokers,bottleneck,monthlyUsd,fitsQuota,"
                + "storageGiBPerBroker,sustainedLimitMBps,recommended-for,annualUsd,partitions,cheapestDeployment,cheapestMonthlyUsd");
        // one row per option, partitions the inventory's 12 + 24 + 3 = 39 on every row
        assertThat(csv.body().lines().skip(1)).hasSize(json.get("options").size()).allSatisfy(row -> assertThat(row.split(",")[10]).isEqualTo("39"));
        assertThat(cell.statusCode()).isEqualTo(200);
        assertThat(new BigDecimal(cell.body())).isEqualByComparingTo(json.at("/topics/topics/0/monthlyStorageUsd").decimalValue());
    }

    @Test
    void the_answer_gives_the_peak_sized_and_the_topics_sum_of_peaks() throws Exception {
        // 20 + 12 + 1 MiB/s = 33 MiB/s = 34.603008 MB/s
        JsonNode sum = plan(THREE_TOPICS).get("topics");
        JsonNode given = plan(THREE_TOPICS.replace("\"breakEven\"", "\"peakIngressMBps\": 25, \"breakEven\"")).get("topics");

        assertThat(sum.get("peakIngressMBps").asDouble()).isCloseTo(34.603008, within(1e-9));
        assertThat(sum.get("topicPeaksMBps").asDouble()).isCloseTo(34.603008, within(1e-9));
        assertThat(given.get("peakIngressMBps").asDouble()).isEqualTo(25);
        assertThat(given.get("topicPeaksMBps").asDouble()).isCloseTo(34.603008, within(1e-9));
    }
}
