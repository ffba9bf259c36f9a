package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import mskplanner.app.Json;
import mskplanner.testing.Cli;
import mskplanner.testing.Exports;
import mskplanner.testing.LocalPrometheus;
import mskplanner.testing.OpenMetricsHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rightsize --prometheus-url} against a real Prometheus holding two days of MSK open-monitoring history of a
 * 3-broker cluster whose broker 3 never reported. Broker 1 takes 2 MB/s on day one and 4 MB/s on day two, broker 2
 * 3 MB/s throughout; CPU 30 % and 15 %, data-log disks 30 % and 20 % used, 100 and 110 partition replicas.
 */
class RightsizeCommandPrometheusTest {
    private static final String NL = System.lineSeparator();
    private static final Instant DAY_ONE = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2025-01-02T00:00:00Z");
    private static final Instant END = Instant.parse("2025-01-03T00:00:00Z");
    private static final double GIB = 1024d * 1024 * 1024;
    /** The cluster file's volume: 1,000 GiB. */
    private static final double VOLUME_BYTES = 1000 * GIB;

    @TempDir
    static Path dir;

    private static LocalPrometheus prometheus;
    private static Path clusterFile;

    private final Cli cli = new Cli();

    @BeforeAll
    static void start_prometheus_with_the_history() throws Exception {
        switch (LocalPrometheus.decide(LocalPrometheus.installed(), System.getenv("CI"))) {
            case SKIP -> Assumptions.abort(LocalPrometheus.missingMessage() + "; Prometheus tests skipped (they run where CI=true)");
            case FAIL -> fail(LocalPrometheus.missingMessage() + "; CI=true requires the Prometheus tests to run");
            case RUN -> { }
        }
        Path history = dir.resolve("history.om");
        twoBrokersOfThree().write(history);
        prometheus = LocalPrometheus.start(history, dir);
        clusterFile = Files.writeString(dir.resolve("cluster.json"), Exports.cluster("us-east-1", "kafka.m7g.large", 3));
    }

    @AfterAll
    static void stop_prometheus() throws InterruptedException {
        if (prometheus != null) {
            prometheus.close();
            prometheus = null;
        }
    }

    /** From an hour before the window (rate() looks back 4 minutes) to half an hour after it. */
    private static OpenMetricsHistory twoBrokersOfThree() {
        long day2 = DAY_TWO.getEpochSecond();
        OpenMetricsHistory h = new OpenMetricsHistory(DAY_ONE.getEpochSecond() - 3600, END.getEpochSecond() + 1800);
        String bytesIn = "name=\"BytesInPerSec\",topic=\"\"";
        h.jmxCounter("kafka_server_BrokerTopicMetrics_Count", bytesIn, 1, t -> t < day2 ? 2e6 : 4e6);
        // A per-topic series of the same broker: the default query must leave it out.
        h.jmxCounter("kafka_server_BrokerTopicMetrics_Count", "name=\"BytesInPerSec\",topic=\"orders\"", 1, t -> 9e6);
        h.jmxCounter("kafka_server_BrokerTopicMetrics_Count", bytesIn, 2, t -> 3e6);
        h.jmxCounter("kafka_server_BrokerTopicMetrics_Count", "name=\"BytesOutPerSec\",topic=\"\"", 1, t -> 4e6);
        h.jmxCounter("kafka_server_BrokerTopicMetrics_Count", "name=\"BytesOutPerSec\",topic=\"\"", 2, t -> 6e6);
        h.jmxGauge("kafka_server_ReplicaManager_Value", "name=\"PartitionCount\"", 1, t -> 100);
        h.jmxGauge("kafka_server_ReplicaManager_Value", "name=\"PartitionCount\"", 2, t -> 110);
        for (int cpu = 0; cpu < 2; cpu++) {
            h.cpuSeconds(1, cpu, "user", 0.2).cpuSeconds(1, cpu, "system", 0.1).cpuSeconds(1, cpu, "idle", 0.7);
            h.cpuSeconds(2, cpu, "user", 0.1).cpuSeconds(2, cpu, "system", 0.05).cpuSeconds(2, cpu, "idle", 0.85);
        }
        String datalogs = "mountpoint=\"/kafka/datalogs\",device=\"nvme1n1\"";
        String root = "mountpoint=\"/\",device=\"nvme0n1\"";
        h.nodeGauge("node_filesystem_avail_bytes", datalogs, 1, t -> 0.7 * VOLUME_BYTES);
        h.nodeGauge("node_filesystem_avail_bytes", datalogs, 2, t -> 0.8 * VOLUME_BYTES);
        h.nodeGauge("node_filesystem_avail_bytes", root, 1, t -> 0.01 * VOLUME_BYTES);
        h.nodeGauge("node_filesystem_size_bytes", datalogs, 1, t -> VOLUME_BYTES);
        h.nodeGauge("node_filesystem_size_bytes", datalogs, 2, t -> VOLUME_BYTES);
        h.nodeGauge("node_filesystem_size_bytes", root, 1, t -> VOLUME_BYTES);
        return h;
    }

    private int rightsize(String... more) {
        return rightsizeEnding(END, more);
    }

    private int rightsizeEnding(Instant end, String... more) {
        String[] base = {"rightsize", "--prometheus-url", prometheus.url().toString(), "--cluster-file", clusterFile.toString(),
                "--days", "2", "--prometheus-end", end.toString(), "--quiet"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return cli.run(args);
    }

    private JsonNode json(String... more) throws IOException {
        String[] args = new String[more.length + 2];
        System.arraycopy(more, 0, args, 0, more.length);
        args[more.length] = "--format";
        args[more.length + 1] = "json";
        int exit = rightsize(args);
        assertThat(cli.err()).isEmpty();
        assertThat(exit).isZero();
        return Json.mapper().readTree(cli.out());
    }

    @Test
    void the_history_is_measured_per_broker_as_from_cloudwatch() throws Exception {
        JsonNode json = json();
        // Ingress: broker 1 (2 MB/s for a day, 4 MB/s for a day) + broker 2 (3 MB/s) = 6 MB/s on average; rate()'s
        // 4-minute window ramps broker 1's step over 4 minutes, a few points of 2,880, under 0.005 MB/s of the mean.
        assertThat(json.at("/profile/avgIngressMBps").asDouble()).isCloseTo(6.0, within(0.005));
        // p99 lies in day two: 4 + 3 = 7 MB/s. Egress 4 + 6 = 10 MB/s, every point.
        assertThat(json.at("/profile/peakIngressMBps").asDouble()).isEqualTo(7.0);
        assertThat(json.at("/profile/avgEgressMBps").asDouble()).isEqualTo(10.0);
        // Replicas 100 + 110 = 210; leaders 210 / RF 3 = 70.
        assertThat(json.at("/profile/partitionReplicas").asInt()).isEqualTo(210);
        assertThat(json.at("/profile/leaderPartitions").asInt()).isEqualTo(70);
        // Data logs 30 % and 20 % of 1,000 GiB = 500 GiB of replicas; / RF 3 = 166.667 GiB of data.
        assertThat(json.at("/profile/storageUsedGiB").asDouble()).isCloseTo(166.667, within(0.001));
        assertThat(json.at("/window/start").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(json.at("/window/periodSeconds").asInt()).isEqualTo(60);
    }

    @Test
    void cpu_is_user_plus_system_of_all_cpus_and_a_silent_broker_leaves_the_verdict_undecided() throws Exception {
        JsonNode json = json();
        // Broker 1: (0.2 user + 0.1 system) s/s per CPU x 2 CPUs / 2 CPUs = 30 %; broker 2: 15 %.
        assertThat(json.at("/verdict/evidence/0/check").asText()).isEqualTo("CPU p95, hottest broker");
        assertThat(json.at("/verdict/evidence/0/measured").asDouble()).isEqualTo(30.0);
        // Disk: the fullest data-log volume, 30 %; the root file system (99 % used) is not the data logs.
        assertThat(json.at("/verdict/evidence/1/measured").asDouble()).isEqualTo(30.0);
        // 30 % of 60 %, 7 of 19.056 MB/s: nothing breached, but broker 3 has no series, so the load is partial and
        // the verdict is not decided on it (it would read "right-sized" on two brokers' load).
        assertThat(json.at("/verdict/kind").asText()).isEqualTo("undecided");
        // 3 x 730 h x $0.204 = $446.76
        assertThat(json.at("/currentCost/lineItems/0/monthlyUsd").decimalValue()).isEqualByComparingTo("446.76");
    }

    @Test
    void a_broker_with_no_series_is_reported_missing_as_for_cloudwatch() throws Exception {
        JsonNode json = json();
        assertThat(json.at("/cluster/brokerIds").toString()).isEqualTo("[\"1\",\"2\",\"3\"]");
        assertThat(json.at("/warnings/0").asText()).isEqualTo("Broker 3 reported no data in the window: was it down or "
                + "replaced? Its load is missing from the totals.");
    }

    @Test
    void a_fine_step_is_read_in_chunks_under_the_11000_point_limit() throws Exception {
        JsonNode json = json("--period", "15");
        // 2 days / 15 s = 11,520 points per series: chunks of 11,000 and 520, for each of the 5 queries.
        assertThat(json.at("/source/detail").asText()).isEqualTo("query_range at " + prometheus.url() + ", step 15 s, 10 requests");
        assertThat(json.at("/clusterMetrics/0/points").asInt()).isEqualTo(11_520);
        assertThat(json.at("/clusterMetrics/0/missingPoints").asInt()).isZero();
        assertThat(json.at("/profile/avgIngressMBps").asDouble()).isCloseTo(6.0, within(0.005));
    }

    @Test
    void the_markdown_report_names_prometheus_as_its_source() {
        assertThat(rightsize()).isZero();
        assertThat(cli.out()).startsWith("# Right-sizing report: orders")
                .contains("Prometheus (query_range at " + prometheus.url() + ", step 60 s, 5 requests)");
    }

    @Test
    void a_replaced_query_is_read_instead_of_the_default() throws Exception {
        JsonNode json = json("--promql",
                "partitions=sum by (instance) (kafka_server_ReplicaManager_Value{name=\"PartitionCount\"}) * 2");
        // (100 + 110) x 2
        assertThat(json.at("/profile/partitionReplicas").asInt()).isEqualTo(420);
    }

    @Test
    void a_query_prometheus_rejects_is_exit_3_with_prometheus_own_message() {
        assertThat(rightsize("--promql", "bytesIn=rate(foo[5m]")).isEqualTo(3);
        assertThat(cli.err()).isEqualTo("msk-planner: Prometheus at " + prometheus.url() + " rejected the bytesIn query "
                + "(HTTP 400, bad_data): 1:13: parse error: unclosed left parenthesis: correct it with --promql bytesIn=QUERY" + NL);
    }

    @Test
    void a_window_without_data_is_exit_3() {
        assertThat(rightsizeEnding(Instant.parse("2020-01-01T00:00:00Z"))).isEqualTo(3);
        assertThat(cli.err()).isEqualTo("msk-planner: Prometheus at " + prometheus.url() + " returned no data for any query "
                + "between 2019-12-30T00:00:00Z and 2020-01-01T00:00:00Z: does it scrape the brokers' JMX exporter (port 11001) "
                + "and node exporter (port 11002), and keep that much history? Replace a query with --promql KEY=QUERY" + NL);
    }

    @Test
    void no_bytes_in_is_exit_3_as_for_cloudwatch() {
        assertThat(rightsize("--promql", "bytesIn=sum by (instance) (rate(no_such_metric[5m]))")).isEqualTo(3);
        assertThat(cli.err()).isEqualTo("msk-planner: no BytesInPerSec or CPU data for cluster 'orders' in us-east-1 between "
                + "2025-01-01T00:00:00Z and 2025-01-03T00:00:00Z from Prometheus at " + prometheus.url()
                + ": do the bytesIn and cpu queries match the exporters' metric names? Replace them with --promql KEY=QUERY" + NL);
    }

    @Test
    void a_series_without_an_instance_label_is_exit_3_naming_the_query() {
        assertThat(rightsize("--promql", "cpu=sum(rate(node_cpu_seconds_total{mode=\"user\"}[5m]))")).isEqualTo(3);
        assertThat(cli.err()).isEqualTo("msk-planner: the cpu query returned a series without an instance label ({}): keep "
                + "one series per broker, e.g. sum by (instance) (...), with --promql cpu=QUERY" + NL);
    }

    @Test
    void an_unreachable_server_is_exit_3() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertThat(cli.run("rightsize", "--prometheus-url", "http://127.0.0.1:" + closed, "--cluster-file", clusterFile.toString(),
                "--days", "2", "--quiet")).isEqualTo(3);
        assertThat(cli.err()).isEqualTo("msk-planner: cannot reach Prometheus at http://127.0.0.1:" + closed
                + " (ConnectException): is --prometheus-url right, and is the server up and reachable from here?" + NL);
    }
}
