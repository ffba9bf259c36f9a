package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import mskplanner.testing.Exports;
import mskplanner.testing.Multipart;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The right-size page with a topic inventory beside the CloudWatch exports: 3 x kafka.m7g.large with 1,000 GiB
 * volumes at us-east-1 prices (EBS $0.10 per GiB-month, tiered $0.06), so its bill's EBS line is 3 x 1,000 x $0.10 =
 * $300.00, split over the topics by their EBS need at the default disk headroom 2.
 */
class RightsizeTopicsPageTest {
    /**
     * events: 1 MiB/s kept 72 h on brokers, 1 x 3600 x 72 / 1024 = 253.125 GiB a copy x RF 3 x 2 = 1,518.75 GiB;
     * audit: compacted to 10 GiB, x 3 x 2 = 60 GiB.
     */
    static final String INVENTORY = "name,partitions,retentionHours,avgIngressMBps,cleanupPolicy,compactedSizeGiB\n"
            + "events,6,72,1.048576,delete,\naudit,3,168,0.1,compact,10\n";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Multipart exports() {
        return new Multipart().file("metricsFile", "metrics.json", Exports.threeBrokersOneHour("1", "2", "3"))
                .file("clusterFile", "cluster.json", Exports.cluster("us-east-1", "kafka.m7g.large", 3));
    }

    private static HttpResponse<String> post(Multipart form) throws Exception {
        return form.post(URI.create(server.url("/rightsize")));
    }

    @Test
    void the_clusters_storage_bill_is_split_over_the_pasted_topics_to_the_cent() throws Exception {
        HttpResponse<String> page = post(exports().field("topics", INVENTORY));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        // 30,000 cents by 1,518.75 : 60 = 28,859.86 : 1,140.14 -> floors 28,859 + 1,140 = 29,999; the cent left goes to
        // the larger remainder (events): $288.60 + $11.40 = $300.00, the EBS line
        assertThat(page.body()).contains("<h2 id=\"topics-title\">Storage per topic</h2>")
                .contains("Priced on 3 x kafka.m7g.large (the cluster as it runs)")
                .contains("<strong id=\"topics-storage\">$300.00</strong>")
                .containsPattern("<th scope=\"row\">events</th>[\\s\\S]*?<td class=\"num\">1,518.8</td>[\\s\\S]*?<td class=\"num\">\\$288.60</td>")
                .containsPattern("<th scope=\"row\">audit</th>[\\s\\S]*?<td class=\"num\">60</td>[\\s\\S]*?<td class=\"num\">\\$11.40</td>")
                .doesNotContain("id=\"topics-peak\"");
    }

    @Test
    void the_advice_is_priced_on_the_clusters_own_brokers() throws Exception {
        HttpResponse<String> page = post(exports().field("topics", INVENTORY));

        // events 72 -> 24 h local: 1 x 3600 x 48 / 1024 = 168.75 GiB a copy; 168.75 x 3 x 2 = 1,012.5 GiB less EBS
        // ($101.25) and 168.75 GiB tiered ($10.125): saves $91.125 -> $91.13. audit is compacted: no advice.
        assertThat(page.body()).contains("events: keep 24 h on broker storage instead of 72 h (turn on tiered storage;"
                        + " the rest of the 72 h retention in tiered storage) to save $91.13 a month.")
                .contains("--entity-name events --add-config remote.storage.enable=true,local.retention.ms=86400000")
                .doesNotContain("--entity-name audit");
    }

    @Test
    void an_uploaded_kafka_topics_describe_output_takes_its_throughput_from_the_pasted_csv() throws Exception {
        String describe = "Topic: events\tTopicId: ZXZlbnRz\tPartitionCount: 6\tReplicationFactor: 3\tConfigs: retention.ms=259200000\n"
                + "\tTopic: events\tPartition: 0\tLeader: 1\tReplicas: 1,2,3\tIsr: 1,2,3\n";

        HttpResponse<String> page = post(exports().file("topicsFile", "describe.txt", describe)
                .field("topicThroughput", "name,avgIngressMBps\nevents,1.048576\n"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        // all of the EBS line goes to the one topic
        assertThat(page.body()).containsPattern("<th scope=\"row\">events</th>[\\s\\S]*?<td class=\"num\">\\$300.00</td>")
                .contains(">Topic: events");
    }

    @Test
    void a_bad_row_is_named_by_topic_and_field_beside_the_inventory_with_the_text_kept() throws Exception {
        String bad = "name,partitions,avgIngressMBps,retentionHours\nevents,6,1,-1\n";

        HttpResponse<String> page = post(exports().field("topics", bad).field("replicationFactor", "3"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"topics-error\">Topic inventory: topics[events].retentionHours = -1 is not"
                + " allowed: a number &gt; 0 and &lt;= 876000. Choose the files again.")
                .contains("events,6,1,-1")
                .contains("name=\"replicationFactor\" value=\"3\"")
                .doesNotContain("id=\"topics-table\"");
    }

    @Test
    void without_an_inventory_the_report_has_no_topic_section() throws Exception {
        HttpResponse<String> page = post(exports());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"topics-title\"");
    }
}
