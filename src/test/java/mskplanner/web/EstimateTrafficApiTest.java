package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The estimate fields a plan bills: client traffic (cross-AZ transfer, Express data written) and MSK Replicator. */
class EstimateTrafficApiTest {
    private Http http;

    @BeforeEach
    void start() {
        http = Http.start();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private JsonNode cluster(String clusterJson) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate", "{\"clusters\": [" + clusterJson + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body()).at("/clusters/0");
    }

    private static JsonNode line(JsonNode cluster, String item) {
        for (JsonNode l : cluster.get("lineItems")) {
            if (l.get("item").asText().equals(item)) {
                return l;
            }
        }
        throw new AssertionError("no line " + item + " in " + cluster);
    }

    private JsonNode problem(String clusterJson, String... headers) throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate", "{\"clusters\": [" + clusterJson + "]}", headers);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return Json.mapper().readTree(r.body());
    }

    @Test
    void a_standard_cluster_with_traffic_bills_the_producers_cross_az_transfer() throws Exception {
        JsonNode c = cluster("""
                {"type": "standard", "instanceType": "kafka.m7g.large", "brokers": 3, "storageGiBPerBroker": 1000,
                 "avgIngressMBps": 10.48576}""");
        // 10.48576 MB/s = 10 MiB/s; x 2/3 x 3600 x 730 / 1024 = 17,109.375 GB crossing, x 2 directions = 34,218.75 GB
        assertThat(line(c, "Cross-AZ data transfer (out + in)").get("quantity").decimalValue()).isEqualByComparingTo("34218.75");
        // 3 x 730 x $0.204 = 446.76 + 3,000 GB x $0.10 = 300.00 + 34,218.75 x $0.01 = 342.1875 -> 1,088.9475
        assertThat(c.get("monthlyUsd").decimalValue()).isEqualByComparingTo("1088.95");
    }

    @Test
    void consumers_that_are_not_rack_aware_add_their_fetches_across_azs() throws Exception {
        JsonNode c = cluster("""
                {"type": "standard", "instanceType": "kafka.m7g.large", "brokers": 4, "storageGiBPerBroker": 1000,
                 "availabilityZones": 2, "avgIngressMBps": 10.48576, "avgEgressMBps": 20.97152, "rackAwareConsumers": false}""");
        // (10 + 20 MiB/s) x 1/2 x 3600 x 730 / 1024 = 38,496.09375 GB x 2 x $0.01 = $769.921875
        assertThat(line(c, "Cross-AZ data transfer (out + in)").get("monthlyUsd").decimalValue()).isEqualByComparingTo("769.92");
    }

    @Test
    void egress_defaults_to_the_ingress_when_consumers_are_not_rack_aware() throws Exception {
        JsonNode c = cluster("""
                {"type": "standard", "instanceType": "kafka.m7g.large", "brokers": 3, "storageGiBPerBroker": 1000,
                 "avgIngressMBps": 10.48576, "rackAwareConsumers": false}""");
        // (10 + 10) x 2/3 x 3600 x 730 / 1024 = 34,218.75 GB x 2 x $0.01 = $684.375
        assertThat(line(c, "Cross-AZ data transfer (out + in)").get("monthlyUsd").decimalValue()).isEqualByComparingTo("684.38");
    }

    @Test
    void an_express_cluster_with_traffic_bills_its_data_written_and_cross_az_transfer() throws Exception {
        JsonNode c = cluster("""
                {"type": "express", "instanceType": "express.m7g.large", "brokers": 3, "storageGiB": 843.75,
                 "avgIngressMBps": 10.48576}""");
        // 3 x 730 x $0.408 = 893.52; 843.75 x $0.10 = 84.375; data written 10 x 3600 x 730 / 1024 = 25,664.0625 GB
        // x $0.01 = 256.640625; cross-AZ 17,109.375 x 2 x $0.01 = 342.1875; total 1,576.723125 (as OptionCostsTest)
        assertThat(line(c, "Express data written").get("quantity").decimalValue()).isEqualByComparingTo("25664.0625");
        assertThat(c.get("monthlyUsd").decimalValue()).isEqualByComparingTo("1576.72");
    }

    @Test
    void a_given_express_data_written_wins_over_the_traffic() throws Exception {
        JsonNode c = cluster("""
                {"type": "express", "instanceType": "express.m7g.large", "brokers": 3, "dataInGiB": 100,
                 "avgIngressMBps": 10.48576}""");
        assertThat(line(c, "Express data written").get("quantity").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void without_traffic_a_cluster_prices_as_before_with_no_cross_az_line() throws Exception {
        JsonNode c = cluster("""
                {"type": "standard", "instanceType": "kafka.m7g.large", "brokers": 3, "storageGiBPerBroker": 100}""");
        // 446.76 + 30.00 = 476.76
        assertThat(c.get("lineItems").findValuesAsText("item")).containsExactly("Broker-hours kafka.m7g.large", "Broker storage (EBS)");
        assertThat(c.get("monthlyUsd").decimalValue()).isEqualByComparingTo("476.76");
    }

    @Test
    void a_replicator_bills_replicator_hours_and_data_replicated() throws Exception {
        JsonNode c = cluster("""
                {"type": "replicator", "replicators": 2, "dataReplicatedGiB": 1000}""");
        // 2 x 730 h x $0.30 = 438.00 + 1,000 GB x $0.08 = 80.00 -> 518.00
        assertThat(c.get("type").asText()).isEqualTo("replicator");
        assertThat(line(c, "Replicator-hours").get("monthlyUsd").decimalValue()).isEqualByComparingTo("438.00");
        assertThat(line(c, "Data replicated").get("monthlyUsd").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(c.get("monthlyUsd").decimalValue()).isEqualByComparingTo("518.00");
    }

    @Test
    void one_replicator_runs_by_default() throws Exception {
        // 730 h x $0.30 = 219.00
        assertThat(cluster("{\"type\": \"replicator\"}").get("monthlyUsd").decimalValue()).isEqualByComparingTo("219.00");
    }

    @Test
    void a_negative_ingress_is_a_400_naming_field_value_and_range() throws Exception {
        JsonNode p = problem("""
                {"type": "standard", "instanceType": "kafka.m7g.large", "brokers": 3, "storageGiBPerBroker": 100,
                 "avgIngressMBps": -1}""");
        assertThat(p.get("detail").asText())
                .isEqualTo("clusters[0].avgIngressMBps = -1 is not allowed: a finite number >= 0 (MB/s)");
        assertThat(p.get("field").asText()).isEqualTo("clusters[0].avgIngressMBps");
        assertThat(p.get("value").asText()).isEqualTo("-1");
    }

    @Test
    void a_negative_egress_is_a_400_even_when_csv_is_asked_for() throws Exception {
        HttpResponse<String> r = http.post("/api/v1/estimate", "{\"clusters\": [{\"type\": \"express\", "
                + "\"instanceType\": \"express.m7g.large\", \"brokers\": 3, \"avgEgressMBps\": -2.5}]}", "Accept", "text/csv");
        // a CSV request gets its error as CSV (error,field,value,allowed,status,type)
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).startsWith("error,field,value,allowed,status,type\r\n")
                .contains("clusters[0].avgEgressMBps = -2.5 is not allowed: a finite number >= 0 (MB/s)");
    }

    @Test
    void rack_aware_consumers_must_be_a_boolean() throws Exception {
        JsonNode p = problem("""
                {"type": "standard", "instanceType": "kafka.m7g.large", "brokers": 3, "storageGiBPerBroker": 100,
                 "rackAwareConsumers": "maybe"}""");
        assertThat(p.get("detail").asText()).contains("rackAwareConsumers");
    }

    @Test
    void zero_replicators_are_refused() throws Exception {
        JsonNode p = problem("{\"type\": \"replicator\", \"replicators\": 0}");
        assertThat(p.get("detail").asText()).isEqualTo("clusters[0].replicators = 0 is not allowed: a whole number >= 1");
    }

    @Test
    void negative_data_replicated_is_refused() throws Exception {
        JsonNode p = problem("{\"type\": \"replicator\", \"dataReplicatedGiB\": -1}");
        assertThat(p.get("detail").asText())
                .isEqualTo("clusters[0].dataReplicatedGiB = -1 is not allowed: a finite number >= 0 (GB per month)");
    }

    @Test
    void an_unknown_type_lists_replicator_among_the_types() throws Exception {
        JsonNode p = problem("{\"type\": \"mirror\"}");
        assertThat(p.get("detail").asText())
                .isEqualTo("clusters[0].type = mirror is not allowed: one of standard, express, serverless, connect, replicator");
    }
}
