package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.app.Json;
import mskplanner.testing.Cli;
import mskplanner.testing.Exports;
import mskplanner.testing.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One topic inventory on one cluster through the page, its downloads, {@code POST /api/v1/rightsize} and the CLI's
 * {@code rightsize --topics}: the same per-topic numbers everywhere. The cluster is 3 x kafka.m7g.large with 1,000 GiB
 * volumes at us-east-1 prices (EBS $0.10 per GiB-month, tiered $0.06): its EBS line is 3 x 1,000 x $0.10 = $300.00.
 */
class RightsizeTopicsFormatsTest {
    /**
     * events: 1 MiB/s kept 72 h on brokers, 1 x 3600 x 72 / 1024 = 253.125 GiB a copy x RF 3 x headroom 2 = 1,518.75
     * GiB; audit: compacted to 10 GiB, x 3 x 2 = 60 GiB. 30,000 cents by 1,518.75 : 60 = 28,859.86 : 1,140.14, the
     * odd cent to the larger remainder: $288.60 and $11.40.
     */
    static final String INVENTORY = "name,partitions,retentionHours,avgIngressMBps,cleanupPolicy,compactedSizeGiB\n"
            + "events,6,72,1.048576,delete,\naudit,3,168,0.1,compact,10\n";
    static final String METRICS = Exports.threeBrokersOneHour("1", "2", "3");
    static final String CLUSTER = Exports.cluster("us-east-1", "kafka.m7g.large", 3);

    private static TestServer server;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        Files.writeString(dir.resolve("metrics.json"), METRICS);
        Files.writeString(dir.resolve("cluster.json"), CLUSTER);
        Files.writeString(dir.resolve("topics.csv"), INVENTORY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Multipart exports() {
        return new Multipart().file("metricsFile", "metrics.json", METRICS).file("clusterFile", "cluster.json", CLUSTER);
    }

    private static Cli cli(String format, String... inventory) {
        Cli cli = new Cli();
        String[] base = {"rightsize", "--metrics-file", dir.resolve("metrics.json").toString(), "--cluster-file",
                dir.resolve("cluster.json").toString(), "--format", format};
        String[] args = java.util.Arrays.copyOf(base, base.length + inventory.length);
        System.arraycopy(inventory, 0, args, base.length, inventory.length);
        int exit = cli.run(args);
        assertThat(exit).as(cli.err()).isZero();
        return cli;
    }

    private static HttpResponse<String> api(Multipart form, String format) throws Exception {
        return form.post(URI.create(server.url("/api/v1/rightsize?format=" + format)));
    }

    /** The page's download of one format, decoded from its data: URL. */
    private static String download(String page, String format) {
        Matcher m = Pattern.compile("data-format=\"" + format + "\" href=\"data:[a-z]+/[a-z]+;charset=utf-8;base64,([A-Za-z0-9+/=]*)\"")
                .matcher(page);
        assertThat(m.find()).as("a " + format + " download").isTrue();
        return new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }

    @Test
    void the_api_json_carries_the_topic_split_and_advice_with_hand_computed_cents() throws Exception {
        JsonNode json = Json.mapper().readTree(api(exports().field("topics", INVENTORY), "json").body());

        JsonNode topics = json.get("topics");
        assertThat(topics.get("pricedOn").asText()).isEqualTo("3 x kafka.m7g.large (the cluster as it runs)");
        assertThat(topics.get("peakIngress").isNull()).isTrue();
        assertThat(topics.get("storageMonthlyUsd").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(topics.at("/topics/0/name").asText()).isEqualTo("events");
        assertThat(topics.at("/topics/0/storageGiB").asDouble()).isEqualTo(1518.75);
        assertThat(topics.at("/topics/0/monthlyStorageUsd").decimalValue()).isEqualByComparingTo("288.60");
        assertThat(topics.at("/topics/1/monthlyStorageUsd").decimalValue()).isEqualByComparingTo("11.40");
        // events 72 -> 24 h local: 168.75 GiB a copy less, x 3 x 2 = 1,012.5 GiB less EBS ($101.25) and 168.75 GiB
        // tiered ($10.125): saves $91.125 -> $91.13
        assertThat(topics.at("/advice/0/monthlySavingsUsd").decimalValue()).isEqualByComparingTo("91.13");
        assertThat(topics.get("advice")).hasSize(1);
    }

    @Test
    void the_api_and_the_cli_with_topics_answer_byte_for_byte_alike_in_every_format() throws Exception {
        for (String format : new String[] {"json", "md", "html"}) {
            Cli cli = cli(format, "--topics", dir.resolve("topics.csv").toString());
            HttpResponse<String> api = api(exports().field("topics", INVENTORY), format);

            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
            assertThat(api.body()).as(format).isEqualTo(cli.out());
        }
    }

    @Test
    void the_pages_downloads_are_the_apis_reports_with_the_same_topic_rows_as_the_page() throws Exception {
        String page = exports().field("topics", INVENTORY).post(URI.create(server.url("/rightsize"))).body();

        assertThat(download(page, "json")).isEqualTo(api(exports().field("topics", INVENTORY), "json").body());
        assertThat(download(page, "md")).isEqualTo(api(exports().field("topics", INVENTORY), "md").body());
        assertThat(page).containsPattern("<th scope=\"row\">events</th>[\\s\\S]*?<td class=\"num\">1,518.8</td>[\\s\\S]*?<td class=\"num\">\\$288.60</td>");
        assertThat(download(page, "md")).contains("## Storage per topic")
                .contains("| events | delete | 6 | 3 | 72 h | 1,518.8 | 0 | $288.60 |")
                .contains("| audit | compact | 3 | 3 | 168 h | 60 | 0 | $11.40 |")
                .contains("kafka-configs.sh --bootstrap-server BOOTSTRAP-BROKERS-REPLACE-ME --alter --entity-type topics"
                        + " --entity-name events --add-config remote.storage.enable=true,local.retention.ms=86400000");
        assertThat(download(page, "html")).contains("<h2 id=\"topics-title\">Storage per topic</h2>")
                .contains("<td>events</td><td>delete</td><td>6</td><td>3</td><td>72 h</td><td>1,518.8</td><td>0</td><td>$288.60</td>");
    }

    @Test
    void kafka_topics_describe_with_a_throughput_csv_gives_the_cli_and_the_api_the_same_report() throws Exception {
        String describe = "Topic: events\tTopicId: ZXZlbnRz\tPartitionCount: 6\tReplicationFactor: 3\tConfigs: retention.ms=259200000\n"
                + "\tTopic: events\tPartition: 0\tLeader: 1\tReplicas: 1,2,3\tIsr: 1,2,3\n";
        String throughput = "name,avgIngressMBps\nevents,1.048576\n";
        Files.writeString(dir.resolve("describe.txt"), describe);
        Files.writeString(dir.resolve("throughput.csv"), throughput);

        Cli cli = cli("json", "--kafka-topics", dir.resolve("describe.txt").toString(),
                "--topic-throughput", dir.resolve("throughput.csv").toString());
        HttpResponse<String> api = api(exports().file("topicsFile", "describe.txt", describe)
                .field("topicThroughput", throughput), "json");

        assertThat(api.body()).isEqualTo(cli.out());
        // the one topic takes the whole EBS line
        assertThat(Json.mapper().readTree(cli.out()).at("/topics/topics/0/monthlyStorageUsd").decimalValue())
                .isEqualByComparingTo("300.00");
    }

    @Test
    void without_an_inventory_the_json_has_a_null_topics_and_the_markdown_no_topic_section() throws Exception {
        assertThat(Json.mapper().readTree(api(exports(), "json").body()).get("topics").isNull()).isTrue();
        assertThat(api(exports(), "md").body()).doesNotContain("Storage per topic");
    }

    @Test
    void a_bad_row_is_a_400_problem_on_the_api_and_exit_2_on_the_cli_naming_topic_and_field() throws Exception {
        String bad = "name,partitions,avgIngressMBps,retentionHours\nevents,6,1,-1\n";
        Files.writeString(dir.resolve("bad.csv"), bad);

        HttpResponse<String> api = api(exports().field("topics", bad), "json");
        Cli cli = new Cli();
        int exit = cli.run("rightsize", "--metrics-file", dir.resolve("metrics.json").toString(), "--cluster-file",
                dir.resolve("cluster.json").toString(), "--topics", dir.resolve("bad.csv").toString());

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(api.body()).get("field").asText()).isEqualTo("topics[events].retentionHours");
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("msk-planner: topics[events].retentionHours = -1 is not allowed: a number > 0 and <= 876000");
    }

    @Test
    void a_throughput_csv_without_an_inventory_is_refused_by_name() throws Exception {
        HttpResponse<String> api = api(exports().field("topicThroughput", "name,avgIngressMBps\nevents,1\n"), "json");

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(api.body()).get("field").asText()).isEqualTo("topicThroughput");
    }

    @Test
    void an_inventory_with_all_clusters_is_refused_with_exit_2() {
        Cli cli = new Cli();
        int exit = cli.run("rightsize", "--all-clusters", "--topics", dir.resolve("topics.csv").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: --topics = with --all-clusters is not allowed");
    }
}
