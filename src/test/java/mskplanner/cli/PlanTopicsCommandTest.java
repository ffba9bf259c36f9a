package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.app.plan.TopicRequest;
import mskplanner.app.plan.topics.KafkaTopicsDescribe;
import mskplanner.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan --topics} and {@code plan --kafka-topics}: the example inventory of docs/examples in both forms (the
 * describe output is what kafka-topics.sh 3.x prints, per-partition lines and an internal topic included).
 */
class PlanTopicsCommandTest {
    static final String CSV = "docs/examples/topics.csv";
    static final String DESCRIBE = "docs/examples/kafka-topics-describe.txt";
    static final String THROUGHPUT = "docs/examples/topic-throughput.csv";

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private JsonNode json(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[] {"--output", "json", "--break-even", "false"}, 0, all, args.length, 4);
        assertThat(cli.run(all)).as(cli.err()).isZero();
        return Json.mapper().readTree(cli.out());
    }

    private String file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void the_describe_summary_lines_give_partitions_rf_and_the_configs_and_the_rest_is_skipped() throws Exception {
        List<TopicRequest> topics = KafkaTopicsDescribe.read(Files.readString(Path.of(DESCRIBE)));

        // __consumer_offsets is internal; the per-partition lines are not topics
        assertThat(topics).extracting(TopicRequest::name).containsExactly("orders", "clicks", "users");
        // orders: retention.ms=604800000 = 168 h, no remote storage: all local
        assertThat(topics.get(0)).extracting(TopicRequest::partitions, TopicRequest::replicationFactor,
                TopicRequest::retentionHours, TopicRequest::localRetentionHours).containsExactly(12, 3, 168.0, 168.0);
        // clicks: remote storage on, local.retention.ms=172800000 = 48 h of retention.ms=259200000 = 72 h
        assertThat(topics.get(1).localRetentionHours()).isEqualTo(48.0);
        assertThat(topics.get(1).retentionHours()).isEqualTo(72.0);
        // users: cleanup.policy=compact,delete (a value with a comma in it) and no retention override
        assertThat(topics.get(2).cleanupPolicy()).isEqualTo("compact,delete");
        assertThat(topics.get(2).retentionHours()).isNull();
    }

    @Test
    void the_describe_output_with_a_throughput_file_plans_as_the_csv_inventory_does() throws Exception {
        JsonNode fromDescribe = json("plan", "--kafka-topics", DESCRIBE, "--topic-throughput", THROUGHPUT).get("topics");
        cli.clear();
        JsonNode fromCsv = json("plan", "--topics", CSV).get("topics");

        // orders 35,437.5 GiB, clicks 4,050, users 300 (see PlanTopicsApiTest)
        assertThat(fromDescribe.get("topics")).isEqualTo(fromCsv.get("topics"));
        assertThat(fromCsv.at("/topics/0/storageGiB").asDouble()).isEqualTo(35_437.5);
        assertThat(fromCsv.get("storageMonthlyUsd")).isEqualTo(fromDescribe.get("storageMonthlyUsd"));
    }

    @Test
    void the_table_shows_storage_per_topic_and_the_kafka_configs_line() {
        assertThat(cli.run("plan", "--topics", CSV, "--break-even", "false")).as(cli.err()).isZero();

        assertThat(cli.out()).contains("Topics: peak ingress is the sum of the topics' peaks")
                .containsPattern("orders +delete +12 +35,437.5 +0 +\\$[0-9,.]+ +[0-9.]+%")
                .contains("kafka-configs.sh --bootstrap-server BOOTSTRAP-BROKERS-REPLACE-ME --alter --entity-type topics"
                        + " --entity-name orders --add-config remote.storage.enable=true,local.retention.ms=86400000");
    }

    @Test
    void a_default_ingress_fills_the_topics_the_throughput_file_leaves_out() throws Exception {
        // users is compacted: its size must come from somewhere, so the file gives it
        String throughput = file("t.csv", "name,avgIngressMBps,compactedSizeGiB\norders,20,\nusers,,50\n");

        JsonNode topics = json("plan", "--kafka-topics", DESCRIBE, "--topic-throughput", throughput,
                "--topic-avg-ingress-mbps", "2", "--consumer-groups", "1").at("/topics/topics");

        assertThat(topics.get(0).get("avgIngressMBps").asDouble()).isEqualTo(20);
        assertThat(topics.get(1).get("name").asText()).isEqualTo("clicks");
        assertThat(topics.get(1).get("avgIngressMBps").asDouble()).isEqualTo(2);
    }

    @Test
    void a_describe_output_without_throughput_is_exit_2_naming_the_topic() {
        assertThat(cli.run("plan", "--kafka-topics", DESCRIBE)).isEqualTo(2);

        assertThat(cli.err().strip()).isEqualTo("msk-planner: topics[orders].avgIngressMBps = null is not allowed:"
                + " required for every topic (in the inventory, a throughput file or a default ingress per topic)");
    }

    @Test
    void a_bad_row_is_exit_2_with_one_line_naming_topic_and_field() throws Exception {
        String csv = file("bad.csv", "name,partitions,avgIngressMBps,retentionHours\norders,12,5,-1\n");

        assertThat(cli.run("plan", "--topics", csv)).isEqualTo(2);

        assertThat(cli.err().strip()).isEqualTo("msk-planner: topics[orders].retentionHours = -1 is not allowed:"
                + " a number > 0 and <= 876000");
    }

    @Test
    void a_cell_that_is_not_a_number_is_named_by_topic_and_column() throws Exception {
        String csv = file("bad.csv", "name,partitions,avgIngressMBps\norders,twelve,5\n");

        assertThat(cli.run("plan", "--topics", csv)).isEqualTo(2);

        assertThat(cli.err().strip()).isEqualTo("msk-planner: topics[orders].partitions = twelve is not allowed: a whole number");
    }

    @Test
    void an_unknown_column_is_refused_with_the_columns_allowed() throws Exception {
        String csv = file("bad.csv", "name,partitions,ingress\norders,12,5\n");

        assertThat(cli.run("plan", "--topics", csv)).isEqualTo(2);

        assertThat(cli.err()).contains("topics = column ingress is not allowed: columns among name, partitions,");
    }

    @Test
    void a_throughput_row_for_a_topic_not_in_the_inventory_is_refused() throws Exception {
        String throughput = file("t.csv", "name,avgIngressMBps\nordres,20\n");

        assertThat(cli.run("plan", "--kafka-topics", DESCRIBE, "--topic-throughput", throughput)).isEqualTo(2);

        assertThat(cli.err().strip()).isEqualTo("msk-planner: topicThroughput = ordres is not allowed: a topic of the"
                + " inventory (no topic of that name)");
    }

    @Test
    void both_inventories_at_once_are_refused() {
        assertThat(cli.run("plan", "--topics", CSV, "--kafka-topics", DESCRIBE)).isEqualTo(2);

        assertThat(cli.err()).contains("--kafka-topics").contains("left out with --topics");
    }
}
