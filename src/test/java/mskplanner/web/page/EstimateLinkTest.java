package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.app.Json;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.engine.format.Format;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Price this in Estimate": the link of a plan option opens the estimate page showing the option's monthly total. */
class EstimateLinkTest {
    /** An options-table row: its instance type and its "Estimate this cluster" link. */
    private static final Pattern OPTION_ROW_LINK = Pattern.compile("<tr[^>]*id=\"option-([^\"]+)\">.*?<a href=\"([^\"]+)\" "
            + "class=\"estimate-link\">Estimate this cluster</a>", Pattern.DOTALL);
    private static final Pattern MONTHLY_TOTAL = Pattern.compile("<dd id=\"monthly-total\">([^<]+)</dd>");
    private static Http server;

    @BeforeAll
    static void start() {
        server = Http.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode plan(String profile) throws Exception {
        HttpResponse<String> r = server.post("/api/v1/plan", profile);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    private static String monthlyTotalShownAt(String link) throws Exception {
        HttpResponse<String> page = server.get(link);
        assertThat(page.statusCode()).as(link + "\n" + page.body()).isEqualTo(200);
        Matcher m = MONTHLY_TOTAL.matcher(page.body());
        assertThat(m.find()).as(link).isTrue();
        return m.group(1);
    }

    private static void assertEveryOptionLinkShowsItsTotal(JsonNode plan) throws Exception {
        for (JsonNode option : plan.get("options")) {
            EstimateRequest.ClusterRequest cluster = Json.mapper().treeToValue(option.get("estimateCluster"),
                    EstimateRequest.ClusterRequest.class);
            String link = EstimateLink.to(plan.get("region").asText(), plan.at("/assumptions/hoursPerMonth").asDouble(), cluster);
            assertThat(monthlyTotalShownAt(link)).as(link).isEqualTo(Format.usd(option.get("monthlyUsd").decimalValue()));
        }
    }

    @Test
    void every_option_link_of_a_tiered_plan_shows_the_options_monthly_total() throws Exception {
        assertEveryOptionLinkShowsItsTotal(plan("""
                {"avgIngressMBps": 100, "peakIngressMBps": 500, "consumerGroups": 2, "retentionHours": 720,
                 "localRetentionHours": 24, "rackAwareConsumers": false, "breakEven": false}"""));
    }

    @Test
    void every_option_link_of_a_two_az_plan_with_pst_shows_the_options_monthly_total() throws Exception {
        assertEveryOptionLinkShowsItsTotal(plan("""
                {"avgIngressMBps": 37.3, "consumerGroups": 3, "availabilityZones": 2, "replicationFactor": 2,
                 "provisionedThroughputMiBps": 500, "hoursPerMonth": 744, "breakEven": false}"""));
    }

    @Test
    void every_estimate_link_on_the_plan_page_opens_an_estimate_with_its_rows_monthly_total() throws Exception {
        String query = "avgIngressMBps=50&peakIngressMBps=120&consumerGroups=2&retentionHours=168&breakEven=false";
        HttpResponse<String> page = server.get("/plan?" + query);
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> monthlyByType = new HashMap<>();
        for (JsonNode option : Json.mapper().readTree(server.get("/api/v1/plan?" + query).body()).get("options")) {
            monthlyByType.put(option.get("instanceType").asText(), Format.usd(option.get("monthlyUsd").decimalValue()));
        }
        Matcher row = OPTION_ROW_LINK.matcher(page.body());
        int links = 0;
        while (row.find()) {
            String link = row.group(2).replace("&amp;", "&");
            assertThat(monthlyTotalShownAt(link)).as(row.group(1) + ": " + link).isEqualTo(monthlyByType.get(row.group(1)));
            links++;
        }
        assertThat(links).isEqualTo(monthlyByType.size());
        assertThat(page.body()).contains("class=\"estimate-link\">Price this cluster on the estimate page</a>");
    }

    @Test
    void the_link_names_the_estimate_page_inputs_of_the_first_cluster_row() {
        EstimateRequest.ClusterRequest c = new EstimateRequest.ClusterRequest("kafka.m7g.large", "standard", "kafka.m7g.large",
                3, 1610.0, null, null, 3, null, null, null, null, null, 10.0, 12.5, false, null, null);
        assertThat(EstimateLink.to("us-east-1", 730, c)).isEqualTo("/estimate?region=us-east-1&hoursPerMonth=730"
                + "&c0.name=kafka.m7g.large&c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3"
                + "&c0.storageGiBPerBroker=1610&c0.availabilityZones=3&c0.avgIngressMBps=10&c0.avgEgressMBps=12.5"
                + "&c0.rackAwareConsumers=false");
    }

    @Test
    void a_replicator_link_prices_the_replicator() throws Exception {
        EstimateRequest.ClusterRequest c = new EstimateRequest.ClusterRequest("dr", "replicator", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, 2, 1000.0);
        // 2 x 730 h x $0.30 = 438.00 + 1,000 GB x $0.08 = 80.00
        assertThat(monthlyTotalShownAt(EstimateLink.to("us-east-1", 730, c))).isEqualTo("$518.00");
    }
}
