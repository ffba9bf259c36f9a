package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EstimatePageTest {
    private static final String DEFAULT_CLUSTERS = "/estimate?region=us-east-1&hoursPerMonth=730"
            + "&c0.name=orders&c0.type=standard&c0.instanceType=kafka.m7g.large&c0.brokers=3&c0.storageGiBPerBroker=1000"
            + "&c1.name=analytics&c1.type=express&c1.instanceType=express.m7g.large&c1.brokers=3&c1.storageGiB=500&c1.dataInGiB=2000";

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
    void GET_estimate_without_inputs_shows_the_form_with_example_clusters_and_no_bill() throws Exception {
        HttpResponse<String> page = server.get("/estimate");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("name=\"c0.brokers\" value=\"3\"")
                .contains("<option value=\"kafka.m7g.large\" selected>")
                .doesNotContain("id=\"monthly-total\"");
    }

    @Test
    void the_bill_offers_csv_and_json_downloads_equal_to_the_api_and_a_printout_with_the_inputs() throws Exception {
        String body = server.get(DEFAULT_CLUSTERS).body();
        String query = DEFAULT_CLUSTERS.substring("/estimate?".length());

        String csvLink = between(body, "<a href=\"", "\" download=\"estimate.csv\"").replace("&amp;", "&");
        String jsonLink = between(body, "<a href=\"", "\" download=\"estimate.json\"").replace("&amp;", "&");
        assertThat(server.get(csvLink).body()).isEqualTo(server.get("/api/v1/estimate?" + query + "&format=csv").body())
                .startsWith("cluster,type,item,quantity,unit,unitPriceUsd,monthlyUsd");
        assertThat(server.get(jsonLink).body()).contains("\"monthlyUsd\"");
        int printed = body.indexOf("id=\"print-inputs\"");
        assertThat(printed).isPositive();
        assertThat(body.substring(printed, body.indexOf("</section>", printed)))
                .contains("<dt>Region</dt>", "<dt>Cluster 1: Brokers</dt>", "<dt>Cluster 2: Name</dt>", "<dd>analytics</dd>")
                .doesNotContain("Cluster 3:");
    }

    /** The last {@code start ... end} span before {@code end} (the link target right before a download attribute). */
    private static String between(String body, String start, String end) {
        int e = body.indexOf(end);
        assertThat(e).as(end).isPositive();
        return body.substring(body.lastIndexOf(start, e) + start.length(), e);
    }

    @Test
    void GET_estimate_with_inputs_prices_every_line_and_the_totals() throws Exception {
        String body = server.get(DEFAULT_CLUSTERS).body();

        // orders: 3 x 730 h x $0.204 = $446.76 + 3 x 1000 GB x $0.10 = $300.00 -> $746.76
        // analytics: 3 x 730 h x $0.408 = $893.52 + 500 GB x $0.10 = $50.00 + 2000 GB x $0.01 = $20.00 -> $963.52
        assertThat(body).contains("<td class=\"num\">$446.76</td>").contains("$746.76").contains("$963.52")
                .contains("<dd id=\"monthly-total\">$1,710.28</dd>")
                // 1,710.28 x 12
                .contains("<dd id=\"annual-total\">$20,523.36</dd>");
    }

    @Test
    void a_rejected_value_re_renders_the_form_with_every_typed_value_and_the_error_beside_its_input() throws Exception {
        HttpResponse<String> page = server.get(DEFAULT_CLUSTERS.replace("c1.brokers=3", "c1.brokers=4")
                .replace("c0.storageGiBPerBroker=1000", "c0.storageGiBPerBroker=1234.5"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("name=\"c1.brokers\" value=\"4\"")
                .contains("name=\"c0.storageGiBPerBroker\" value=\"1234.5\"")
                .contains("name=\"c1.dataInGiB\" value=\"2000\"")
                .contains("<p class=\"field-error\" id=\"c1.brokers-error\">\u201C4\u201D is not allowed: expected a multiple of the 3")
                .contains("aria-describedby=\"c1.brokers-help c1.brokers-error\" aria-invalid=\"true\"")
                .contains("<a href=\"#c1.brokers\">Cluster 2: Brokers</a>")
                .doesNotContain("id=\"monthly-total\"");
    }

    @Test
    void text_in_a_number_input_is_reported_on_that_input() throws Exception {
        String body = server.get(DEFAULT_CLUSTERS.replace("c1.dataInGiB=2000", "c1.dataInGiB=two%20TB")).body();

        assertThat(body).contains("name=\"c1.dataInGiB\" value=\"two TB\"")
                .contains("id=\"c1.dataInGiB-error\">\u201Ctwo TB\u201D is not allowed: expected a number.");
    }

    @Test
    void an_unknown_region_is_kept_in_its_select_and_reported_beside_it() throws Exception {
        String body = server.get(DEFAULT_CLUSTERS.replace("region=us-east-1", "region=mars-north-1")).body();

        assertThat(body).contains("<option value=\"mars-north-1\" selected>mars-north-1 (not recognised)</option>")
                .contains("id=\"region-error\">\u201Cmars-north-1\u201D is not allowed: expected one of ");
    }

    @Test
    void a_cluster_name_with_markup_is_escaped_everywhere() throws Exception {
        String body = server.get(DEFAULT_CLUSTERS.replace("c1.name=analytics", "c1.name=%3Cscript%3Ealert(1)%3C/script%3E")).body();

        assertThat(body).doesNotContain("<script>alert(1)</script>")
                .contains("<caption>&lt;script&gt;alert(1)&lt;/script&gt; (express)</caption>")
                .contains("value=\"&lt;script>alert(1)&lt;/script>\"");
    }

    @Test
    void the_share_link_carries_the_inputs_that_hold_a_value() throws Exception {
        String body = server.get(DEFAULT_CLUSTERS + "&c2.name=&c2.type=").body();

        assertThat(body).contains("<a href=\"/estimate?region=us-east-1&amp;hoursPerMonth=730&amp;c0.name=orders&amp;")
                .doesNotContain("c2.name=");
    }

    @Test
    void the_copy_api_call_posts_the_same_clusters_as_json() throws Exception {
        String body = server.get(DEFAULT_CLUSTERS).body();

        assertThat(body).contains("curl -sS -X POST '" + server.url("/api/v1/estimate") + "'")
                .contains("-d '{\"region\":\"us-east-1\",\"hoursPerMonth\":730,\"clusters\":[{\"name\":\"orders\",\"type\":\"standard\","
                        + "\"instanceType\":\"kafka.m7g.large\",\"brokers\":3,\"storageGiBPerBroker\":1000}");
    }
}
