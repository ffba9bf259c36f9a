package mskplanner.web.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code fields}, {@code header}, {@code delimiter} on CSV answers, and the plan CSV's later columns. */
class CsvLayoutApiTest {
    static final String ARCHITECT = SelectApiTest.ARCHITECT;
    static final String PLAN_HEADER = "deployment,instanceType,brokers,bottleneck,monthlyUsd,fitsQuota,storageGiBPerBroker,"
            + "sustainedLimitMBps,recommended-for,annualUsd,partitions,cheapestDeployment,cheapestMonthlyUsd";
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static String csv(String path) throws Exception {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        return r.body();
    }

    private static String overallRow(String csv) {
        return List.of(csv.split("\r\n")).stream().filter(r -> r.contains("m7g overall")).findFirst().orElseThrow();
    }

    @Test
    void the_plan_csv_keeps_its_first_columns_and_adds_annual_cost_partitions_and_the_cheapest_deployment_at_the_end()
            throws Exception {
        String body = csv(ARCHITECT + "&format=csv");
        JsonNode plan = Json.mapper().readTree(http.get(ARCHITECT).body());
        assertThat(body.split("\r\n")[0]).isEqualTo(PLAN_HEADER);
        // 37,284.03 x 12 = 447,408.36; partitions max(ceil(500 / 12), ceil(500 / 50), 1) = 42
        assertThat(overallRow(body)).isEqualTo("standard,kafka.m7g.xlarge,51,ingress,37284.03,true,947,2656.25,m7g overall,"
                + "447408.36,42," + plan.at("/cheapest/deployment").asText() + "," + plan.at("/cheapest/monthlyUsd").decimalValue().toPlainString());
        assertThat(plan.at("/cheapest/deployment").asText()).isNotEmpty();
    }

    @Test
    void fields_choose_the_columns_in_the_order_given() throws Exception {
        String body = csv(ARCHITECT + "&format=csv&fields=instanceType,annualUsd,brokers");
        assertThat(body.split("\r\n")[0]).isEqualTo("instanceType,annualUsd,brokers");
        assertThat(body).contains("\r\nkafka.m7g.xlarge,447408.36,51\r\n");
    }

    @Test
    void header_false_leaves_out_the_header_row() throws Exception {
        String body = csv(ARCHITECT + "&format=csv&fields=instanceType,monthlyUsd&header=false");
        assertThat(body).doesNotContain("instanceType").contains("kafka.m7g.xlarge,37284.03\r\n");
        assertThat(body.split("\r\n")).hasSize(csv(ARCHITECT + "&format=csv").split("\r\n").length - 1);
    }

    @Test
    void delimiter_semicolon_separates_cells_with_semicolons_and_keeps_decimal_points() throws Exception {
        String body = csv(ARCHITECT + "&format=csv&delimiter=semicolon");
        assertThat(body.split("\r\n")[0]).isEqualTo(PLAN_HEADER.replace(',', ';'));
        assertThat(overallRow(body)).startsWith("standard;kafka.m7g.xlarge;51;ingress;37284.03;true;947;2656.25;m7g overall;447408.36;42;");
        assertThat(csv(ARCHITECT + "&format=csv&delimiter=comma")).isEqualTo(csv(ARCHITECT + "&format=csv"));
    }

    @Test
    void a_cell_holding_the_delimiter_is_quoted() throws Exception {
        // prices' source column holds URLs and notes; with semicolons a comma inside is plain, a semicolon is quoted
        String body = csv("/api/v1/estimate?c0.name=a;b&c0.type=connect&c0.mcus=2&format=csv&delimiter=semicolon&fields=cluster,monthlyUsd");
        assertThat(body).startsWith("cluster;monthlyUsd\r\n\"a;b\";");
    }

    @Test
    void the_layout_applies_to_every_csv_answer() throws Exception {
        assertThat(csv("/api/v1/prices?region=us-east-1&format=csv&fields=item,usd&header=false").split("\r\n")[0]).matches("[^,]+,[0-9.]*");
        assertThat(csv("/api/v1/instance-types?format=csv&fields=name,vcpu&delimiter=semicolon").split("\r\n")[0]).isEqualTo("name;vcpu");
        assertThat(csv("/api/v1/break-even?avgIngressMBps=10&format=csv&crossovers=true&fields=cheaper,than").split("\r\n")[0])
                .isEqualTo("cheaper,than");
        HttpResponse<String> batch = http.post("/api/v1/plan/batch?format=csv&fields=label,monthlyUsd&delimiter=semicolon",
                "[{\"avgIngressMBps\": 100, \"peakIngressMBps\": 500, \"consumerGroups\": 2, \"retentionHours\": 720, "
                        + "\"localRetentionHours\": 24, \"label\": \"architect\"}]");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        assertThat(batch.body()).isEqualTo("label;monthlyUsd\r\narchitect;37284.03\r\n");
    }

    @Test
    void an_unknown_field_is_a_400_naming_it_and_listing_the_columns() throws Exception {
        HttpResponse<String> r = http.get(ARCHITECT + "&fields=instanceType,monthlyUSD");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("field").asText()).isEqualTo("fields");
        assertThat(p.get("allowed").asText()).isEqualTo("a CSV answer: add format=csv");

        HttpResponse<String> csv = http.get(ARCHITECT + "&format=csv&fields=instanceType,monthlyUSD");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.body()).contains("fields = monthlyUSD is not allowed: columns of this CSV, one of: " + PLAN_HEADER.replace(",", ", "));
    }

    @Test
    void a_bad_header_or_delimiter_value_is_a_400_naming_the_choices() throws Exception {
        assertThat(http.get(ARCHITECT + "&format=csv&header=no").body()).contains("header = no is not allowed: true or false");
        assertThat(http.get(ARCHITECT + "&format=csv&delimiter=tab").body()).contains("delimiter = tab is not allowed: comma or semicolon");
        assertThat(http.get(ARCHITECT + "&format=csv&fields=a,,b").statusCode()).isEqualTo(400);
    }
}
