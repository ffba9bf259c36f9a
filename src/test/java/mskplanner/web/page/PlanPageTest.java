package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanField;
import mskplanner.app.plan.PlanRequest;
import mskplanner.engine.format.Format;
import mskplanner.web.TestServer;
import mskplanner.web.page.plan.PickView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanPageTest {
    private static final String DEFAULT_WORKLOAD = "/plan?avgIngressMBps=50&peakIngressMBps=120&consumerGroups=2"
            + "&maxConsumerParallelism=24&replicationFactor=3&minInsyncReplicas=2&availabilityZones=3&retentionHours=168"
            + "&rackAwareConsumers=true&region=us-east-1&hoursPerMonth=730&brokerQuota=60&preset=aws-workbook"
            + "&utilizationStandard=0.5&utilizationExpress=0.75&writeMBpsPerPartition=12&readMBpsPerPartition=50";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void GET_plan_without_inputs_shows_the_form_with_the_model_defaults_and_no_results() throws Exception {
        HttpResponse<String> page = server.get("/plan");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<label for=\"peakIngressMBps\">Peak ingress (MB/s)</label>")
                .contains("name=\"peakIngressMBps\" value=\"120\"")
                .contains("name=\"retentionHours\" value=\"168\"")
                .contains("<option value=\"true\" selected>Yes</option>")
                .contains("<details class=\"advanced\">")
                .doesNotContain("id=\"results\"");
    }

    @Test
    void the_form_has_one_labelled_input_per_plan_api_field_and_no_other_but_the_inventorys() throws Exception {
        String body = server.get("/plan").body();
        List<String> apiFields = Arrays.stream(PlanRequest.class.getRecordComponents()).map(RecordComponent::getName).toList();

        for (String field : apiFields) {
            assertThat(body).as(field).contains("name=\"" + field + "\"").contains("<label for=\"" + field + "\">");
        }
        // the inventory's file and throughput are read into the request's topics
        List<String> inventoryInputs = List.of(mskplanner.web.page.plan.PlanForm.TOPICS_FILE,
                mskplanner.web.page.plan.PlanForm.TOPIC_THROUGHPUT, mskplanner.web.page.plan.PlanForm.CLUSTER_PEAK);
        Matcher names = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"").matcher(body);
        while (names.find()) {
            assertThat(names.group(1)).as("input " + names.group(1) + " is a plan API field")
                    .isIn(java.util.stream.Stream.concat(apiFields.stream(), inventoryInputs.stream()).toList());
        }
    }

    @Test
    void GET_plan_with_inputs_shows_the_recommendation_partitions_options_and_assumptions() throws Exception {
        HttpResponse<String> page = server.get(DEFAULT_WORKLOAD);

        assertThat(page.statusCode()).isEqualTo(200);
        // express.m7g.large: 15.625 MiB/s x 1.048576 x 0.75 = 12.288 MB/s per broker; 120 / 12.288 = 9.8 -> 10,
        // up to a multiple of 3 AZs -> 12 brokers; broker-hours 12 x 730 x $0.408 = $3,574.08 of $9,245.83
        assertThat(page.body())
                .contains("<h3 id=\"pick-overall-title\">Cheapest MSK cluster: 12 \u00D7 express.m7g.large</h3>")
                .contains("<span class=\"monthly\">$9,245.83</span> per month")
                .contains(": 120 \u00F7 12.29 per broker \u2192 12 brokers</p>")
                .contains("<td>Broker-hours express.m7g.large</td><td class=\"num\">8,760</td>")
                .contains("<dd>\u2308120 MB/s peak ingress \u00F7 12 MB/s per partition\u2309 = 10</dd>")
                .contains("<dd>\u2308120 MB/s peak egress per consumer group \u00F7 50 MB/s per partition\u2309 = 3</dd>")
                .contains("<dd>max(10, 3, 24, 3) = 24</dd>")
                .contains("<dd>24 \u00D7 replication factor 3 = 72</dd>")
                .contains("<table class=\"options\" id=\"options-table\" data-sortable")
                .contains("<code>storageIoFactor.inUse</code></th><td class=\"num\">6.5</td>")
                .contains("<details class=\"advanced\">");
    }

    @Test
    void the_options_table_lists_the_cheapest_first_and_options_beyond_the_quota_last() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD).body();

        int express = body.indexOf("id=\"option-express.m7g.large\"");
        int m7g = body.indexOf("id=\"option-kafka.m7g.large\"");
        int m524 = body.indexOf("id=\"option-kafka.m5.24xlarge\"");
        int t3 = body.indexOf("id=\"option-kafka.t3.small\"");
        assertThat(express).isPositive().isLessThan(m7g);
        assertThat(m7g).isLessThan(m524);
        // t3.small needs 132 brokers, beyond the quota of 60, though cheaper than m5.24xlarge
        assertThat(m524).isLessThan(t3);
        assertThat(body.substring(t3, body.indexOf("</tr>", t3))).contains("<td>no</td>");
    }

    @Test
    void the_decision_matrix_shows_the_cheapest_way_every_alternative_and_the_break_even_curves() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD).body();

        assertThat(body).contains("<p class=\"notice\" id=\"cheapest\">Cheapest overall: ")
                .contains("<h2 id=\"ranking-title\">Every way to run it, cheapest first</h2>")
                .contains("<th scope=\"row\">MSK Serverless</th>")
                .contains("<th scope=\"row\">Self-managed Kafka on EC2, on-demand</th>")
                .contains("<td>3-year Standard Reserved Instance, No Upfront</td>")
                .contains("<th scope=\"row\">Kinesis Data Streams, provisioned</th>")
                // 50 MB/s = 167.6 GB (2^30 bytes) per hour
                .contains("This workload: <strong>50 MB/s (167.6 GB/h)</strong>")
                .contains("<canvas id=\"break-even-chart\"")
                .containsPattern("<li>[^<]+ is cheaper than [^<]+ below [0-9.,]+ GB/hour ingested</li>");
    }

    @Test
    void the_break_even_ranges_are_a_table_in_mb_per_second_with_the_workloads_range_marked() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD).body();

        assertThat(body).contains("<table class=\"ranges\" id=\"break-even-ranges\"")
                .contains("<th scope=\"col\" class=\"num\">From, MB/s</th>")
                .containsPattern("<li>From [0-9.,]+ to [0-9.,]+ MB/s, [^<]+</li>");
        assertThat(body.split("<strong>\\(this workload\\)</strong>", -1)).as("ranges marked as the workload's").hasSize(2);
        assertThat(body).contains("&#34;xTitle&#34;:&#34;Average ingress, MB/s&#34;");
    }

    @Test
    void the_cost_chart_data_sits_in_an_escaped_data_attribute_not_a_script() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD).body();

        assertThat(body).contains("data-chart=\"{&#34;kind&#34;:&#34;stacked-cost&#34;,&#34;currency&#34;:&#34;USD&#34;,"
                        + "&#34;labels&#34;:[&#34;12 \u00D7 express.m7g.large&#34;,")
                .contains("<script src=\"" + Assets.CHART_JS + "\"></script>")
                .contains("<script src=\"/static/js/charts.js\"></script>")
                .doesNotContain("<script>");
    }

    @Test
    void a_rejected_value_re_renders_the_form_with_every_typed_value_and_the_error_beside_its_input() throws Exception {
        HttpResponse<String> page = server.get(DEFAULT_WORKLOAD.replace("avgIngressMBps=50", "avgIngressMBps=75")
                .replace("peakIngressMBps=120", "peakIngressMBps=60"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("name=\"avgIngressMBps\" value=\"75\"")
                .contains("name=\"peakIngressMBps\" value=\"60\"")
                .contains("name=\"retentionHours\" value=\"168\"")
                .contains("<p class=\"field-error\" id=\"peakIngressMBps-error\">Peak ingress: \u201C60\u201D is not allowed: expected at least Average ingress")
                .contains("aria-describedby=\"peakIngressMBps-help peakIngressMBps-error\" aria-invalid=\"true\"")
                .contains("<a href=\"#peakIngressMBps\">Peak ingress</a>")
                .doesNotContain("id=\"results\"");
    }

    @Test
    void every_bad_field_is_flagged_at_once_each_beside_its_input_and_in_the_summary() throws Exception {
        HttpResponse<String> page = server.get(DEFAULT_WORKLOAD.replace("retentionHours=168", "retentionHours=-5")
                .replace("consumerGroups=2", "consumerGroups=many").replace("hoursPerMonth=730", "hoursPerMonth=800"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("id=\"retentionHours-error\">Retention: \u201C-5\u201D is not allowed")
                .contains("id=\"consumerGroups-error\">Consumer groups: \u201Cmany\u201D is not allowed")
                .contains("id=\"hoursPerMonth-error\">Hours per month: \u201C800\u201D is not allowed: expected a number of hours"
                        + " &gt; 0 and &lt;= 744 (730 is the usual average month).")
                .contains("<a href=\"#retentionHours\">Retention</a>", "<a href=\"#consumerGroups\">Consumer groups</a>",
                        "<a href=\"#hoursPerMonth\">Hours per month</a>")
                .contains("name=\"retentionHours\" value=\"-5\"", "name=\"consumerGroups\" value=\"many\"",
                        "name=\"hoursPerMonth\" value=\"800\"")
                .contains("id=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>");
    }

    @Test
    void one_headline_names_the_cheapest_overall_and_the_cheapest_msk_cluster_apart() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD).body();
        JsonNode api = Json.mapper().readTree(server.get(DEFAULT_WORKLOAD.replace("/plan?", "/api/v1/plan?")).body());
        JsonNode msk = api.at("/recommended/overall");

        assertThat(body).contains("Cheapest overall: ")
                .contains(". The cheapest MSK cluster, below: " + msk.get("brokers").asInt() + " \u00D7 "
                        + msk.get("instanceType").asText() + ", " + Format.usd(msk.get("monthlyUsd").decimalValue()) + " per month.")
                .contains("<h3 id=\"pick-overall-title\">Cheapest MSK cluster: ");
    }

    @Test
    void the_summary_carries_every_input_that_changes_the_answer_and_an_edit_link() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD + "&localRetentionHours=24").body();

        assertThat(body).contains("168 h retention (24 h on brokers, the rest in tiered storage)", "24 partitions",
                "RF 3 over 3 AZs", "<a href=\"#workload-title\" id=\"edit-inputs\">Edit inputs</a>");
    }

    @Test
    void equal_priced_options_are_shown_as_a_tie_with_the_rule_that_picks_one() throws Exception {
        // 100 MiB/s for 48 h: 18 x m7g.large and 9 x m7g.xlarge cost the same to the cent (RecommendationsTest)
        String body = server.get("/plan?avgIngressMBps=104.8576&peakIngressMBps=104.8576&consumerGroups=1"
                + "&retentionHours=48&partitions=3").body();

        assertThat(body).contains("<h3 id=\"pick-m7g-title\">Standard m7g: 18 \u00D7 kafka.m7g.large</h3>")
                .contains("id=\"pick-m7g-tie\">A tie: 9 \u00D7 kafka.m7g.xlarge costs the same. The rule that\n"
                        + "                picks one: " + PickView.TIE_RULE + ".</p>");
    }

    @Test
    void a_region_with_most_sizes_unpriced_says_so_in_the_headline_and_is_marked_in_the_picker() throws Exception {
        // ap-south-1's bundled prices cover 4 of the 23 broker sizes (PartialPricesTest), of which 3 can be planned
        String body = server.get("/plan?avgIngressMBps=10&peakIngressMBps=20&consumerGroups=2&retentionHours=24"
                + "&region=ap-south-1").body();

        assertThat(body).contains("Only 3 of 23 broker sizes can be priced for this workload in ap-south-1, so this"
                        + " compares those alone (the warnings name the missing prices). Cheapest overall: ")
                .contains("ap-south-1 (Asia Pacific (Mumbai)) \u2014 partial prices: 4 of 23 broker sizes</option>")
                .containsPattern("us-east-1 \\(US East \\(N\\. Virginia\\)\\)</option>");
    }

    @Test
    void the_results_offer_csv_and_json_downloads_of_the_same_plan_and_a_printout_with_every_input() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD + "&localRetentionHours=24").body();
        String query = DEFAULT_WORKLOAD.substring("/plan?".length()) + "&localRetentionHours=24";

        assertThat(body).contains("download=\"plan.csv\" id=\"download-csv\"", "download=\"plan.json\" id=\"download-json\"");
        Matcher csv = Pattern.compile("<a href=\"([^\"]+)\" download=\"plan.csv\"").matcher(body);
        assertThat(csv.find()).isTrue();
        String csvUrl = csv.group(1).replace("&amp;", "&");
        assertThat(server.get(csvUrl.substring(csvUrl.indexOf("/api/v1/"))).body())
                .isEqualTo(server.get("/api/v1/plan?" + query + "&format=csv").body());
        // the printout carries every input, typed or defaulted, since the form is not printed
        int printed = body.indexOf("id=\"print-inputs\"");
        assertThat(printed).isPositive();
        String inputs = body.substring(printed, body.indexOf("</section>", printed));
        assertThat(inputs).contains("<dt>Average ingress</dt>", "<dd>50 MB/s</dd>", "<dt>Local retention</dt>", "<dd>24 hours</dd>",
                "<dt>Partitions</dt>", "<dd>default</dd>");
        assertThat(inputs.split("<dt>", -1).length - 1).isEqualTo(PlanField.values().length);
    }

    @Test
    void a_number_typed_with_thousands_separators_is_read_as_the_number() throws Exception {
        String grouped = server.get(DEFAULT_WORKLOAD.replace("avgIngressMBps=50", "avgIngressMBps=1%2C000")
                .replace("peakIngressMBps=120", "peakIngressMBps=1%2C200.5")).body();
        String plain = server.get(DEFAULT_WORKLOAD.replace("avgIngressMBps=50", "avgIngressMBps=1000")
                .replace("peakIngressMBps=120", "peakIngressMBps=1200.5")).body();

        assertThat(grouped).contains("id=\"results\"").doesNotContain("field-error");
        assertThat(section(grouped, "id=\"pick-overall-title\"")).isEqualTo(section(plain, "id=\"pick-overall-title\""));
    }

    @Test
    void a_decimal_comma_is_not_taken_for_a_thousands_separator() throws Exception {
        HttpResponse<String> page = server.get(DEFAULT_WORKLOAD.replace("avgIngressMBps=50", "avgIngressMBps=2%2C5"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"avgIngressMBps-error\">Average ingress: \u201C2,5\u201D is not allowed");
    }

    private static String section(String body, String marker) {
        int at = body.indexOf(marker);
        return at < 0 ? "" : body.substring(at, Math.min(body.length(), body.indexOf("</section>", at) + 1));
    }

    @Test
    void an_error_in_an_advanced_assumption_unfolds_the_advanced_section() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD.replace("utilizationStandard=0.5", "utilizationStandard=half")).body();

        assertThat(body).contains("<details class=\"advanced\" open>")
                .contains("id=\"utilizationStandard-error\">Utilization at peak, Standard: \u201Chalf\u201D is not allowed: expected a number.");
    }

    @Test
    void an_out_of_range_ingress_is_named_by_its_label_beside_the_input_and_in_the_summary() throws Exception {
        HttpResponse<String> page = server.get(DEFAULT_WORKLOAD.replace("avgIngressMBps=50", "avgIngressMBps=2000000"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("id=\"avgIngressMBps-error\">Average ingress: \u201C2000000\u201D is not allowed: expected a number"
                        + " &gt; 0 and &lt;= 1000000.</p>")
                .contains("<a href=\"#avgIngressMBps\">Average ingress</a>: \u201C2000000\u201D is not allowed: expected a number"
                        + " &gt; 0 and &lt;= 1000000.")
                .doesNotContain("avgIngressMBps =");
    }

    @Test
    void the_share_link_and_api_calls_carry_the_inputs_with_their_api_names() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD + "&partitions=&localRetentionHours=").body();
        String api = server.url("/api/v1/plan?" + DEFAULT_WORKLOAD.substring("/plan?".length())).replace("&", "&amp;");

        assertThat(body)
                .contains("<a href=\"" + server.url(DEFAULT_WORKLOAD).replace("&", "&amp;") + "\" id=\"share-link\">")
                .contains(">curl -sS '" + api + "'</textarea>")
                .contains(">" + api + "&amp;format=csv</textarea>")
                .contains(">=IMPORTDATA(\"" + api + "&amp;format=csv\")</textarea>")
                .doesNotContain("partitions=&amp;");
    }

    @Test
    void the_api_calls_use_the_host_the_visitor_reached_the_server_at() throws Exception {
        String body = rawGet(DEFAULT_WORKLOAD, "planner.example.com:8443");

        assertThat(body).contains("=IMPORTDATA(\"http://planner.example.com:8443/api/v1/plan?avgIngressMBps=50&amp;");
    }

    @Test
    void a_host_header_that_could_break_out_of_the_quotes_is_not_used() throws Exception {
        String body = rawGet(DEFAULT_WORKLOAD, "evil_example.com");

        assertThat(body).startsWith("HTTP/1.1 200").contains("id=\"api-importdata\"").doesNotContain("evil_example");
    }

    @Test
    void markup_in_an_input_is_escaped() throws Exception {
        String body = server.get(DEFAULT_WORKLOAD.replace("region=us-east-1", "region=%3Cscript%3Ealert(1)%3C/script%3E")).body();

        assertThat(body).doesNotContain("<script>alert(1)</script>").contains("&lt;script>alert(1)&lt;/script>");
    }

    private static String rawGet(String pathAndQuery, String host) throws Exception {
        URI uri = URI.create(server.url(pathAndQuery));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                return in.lines().collect(Collectors.joining("\n"));
            }
        }
    }
}
