package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;
import mskplanner.metrics.file.ClusterFile;
import mskplanner.testing.Cli;
import mskplanner.testing.Exports;
import mskplanner.testing.LocalPrometheus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rightsize --prometheus-url} before any request: its usage errors, and which brokers the report expects. */
class PrometheusSourceTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void the_cluster_shape_is_required_next_to_the_url() {
        assertThat(cli.run("rightsize", "--prometheus-url", "http://prometheus:9090")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: --cluster-arn = missing is not allowed: the cluster's shape next to "
                + "--prometheus-url: exactly one of --cluster-arn ARN (read from MSK) or --cluster-file FILE (the output of "
                + "aws kafka describe-cluster-v2)" + NL);
    }

    @Test
    void prometheus_and_another_history_source_are_a_usage_error() {
        assertThat(cli.run("rightsize", "--prometheus-url", "http://prometheus:9090", "--demo")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: source = several is not allowed: --prometheus-url alone, not with "
                + "--metrics-file or --demo" + NL);
    }

    @Test
    void a_url_that_is_not_http_is_a_usage_error_naming_it() throws Exception {
        Path cluster = Files.writeString(dir.resolve("cluster.json"), Exports.cluster("us-east-1", "kafka.m7g.large", 3));
        assertThat(cli.run("rightsize", "--prometheus-url", "prometheus:9090", "--cluster-file", cluster.toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: --prometheus-url = prometheus:9090 is not allowed: the http(s) base URL "
                + "of a Prometheus server, such as http://prometheus:9090" + NL);
    }

    @Test
    void an_unknown_promql_key_is_a_usage_error() throws Exception {
        Path cluster = Files.writeString(dir.resolve("cluster.json"), Exports.cluster("us-east-1", "kafka.m7g.large", 3));
        assertThat(cli.run("rightsize", "--prometheus-url", "http://prometheus:9090", "--cluster-file", cluster.toString(),
                "--promql", "memory=up")).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: --promql = memory=up is not allowed: KEY=QUERY with KEY one of bytesIn,");
    }

    @Test
    void msk_brokers_of_an_exported_cluster_are_numbered_one_to_n_so_a_silent_one_is_missed() {
        ClusterDescription exported = ClusterFile.read(Exports.cluster("us-east-1", "kafka.m7g.large", 3));
        assertThat(PrometheusSource.withBrokers(exported, List.of(series("1"), series("2"))).brokerIds())
                .containsExactly("1", "2", "3");
    }

    @Test
    void hosts_of_self_managed_kafka_stand_for_themselves() {
        ClusterDescription exported = ClusterFile.read(Exports.cluster("us-east-1", "kafka.m7g.large", 3));
        assertThat(PrometheusSource.withBrokers(exported, List.of(series("kafka-0"), series("kafka-1"))).brokerIds()).isEmpty();
    }

    @Test
    void listed_brokers_that_match_no_instance_give_way_to_the_instances() {
        ClusterDescription listed = ClusterFile.read(Exports.cluster("us-east-1", "kafka.m7g.large", 3))
                .withBrokerIds(List.of("1", "2", "3"));
        assertThat(PrometheusSource.withBrokers(listed, List.of(series("kafka-0"))).brokerIds()).isEmpty();
        assertThat(PrometheusSource.withBrokers(listed, List.of(series("2"))).brokerIds()).containsExactly("1", "2", "3");
    }

    @Test
    void a_missing_prometheus_skips_locally_but_fails_in_ci() {
        assertThat(LocalPrometheus.decide(true, "true")).isEqualTo(LocalPrometheus.Decision.RUN);
        assertThat(LocalPrometheus.decide(false, null)).isEqualTo(LocalPrometheus.Decision.SKIP);
        assertThat(LocalPrometheus.decide(false, "true")).isEqualTo(LocalPrometheus.Decision.FAIL);
    }

    private static MetricSeries series(String broker) {
        return MetricSeries.of(MskMetric.BYTES_IN, broker, new long[] {1}, new double[] {1});
    }
}
