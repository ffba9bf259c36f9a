package mskplanner.metrics.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.MskMetric;
import org.junit.jupiter.api.Test;

class PromQueriesTest {
    @Test
    void the_defaults_read_msk_open_monitoring_names_per_instance() {
        assertThat(PromQueries.DEFAULTS.query(PromQueries.Key.BYTES_IN, 60)).isEqualTo("sum by (instance) "
                + "(rate(kafka_server_BrokerTopicMetrics_Count{name=\"BytesInPerSec\",topic=\"\"}[240s]))");
        assertThat(PromQueries.DEFAULTS.query(PromQueries.Key.PARTITIONS, 60))
                .isEqualTo("sum by (instance) (kafka_server_ReplicaManager_Value{name=\"PartitionCount\"})");
        assertThat(PromQueries.DEFAULTS.query(PromQueries.Key.CPU, 300)).contains("node_cpu_seconds_total{mode=~\"user|system\"}[360s]");
    }

    @Test
    void each_key_stands_for_the_cloudwatch_metric_of_the_same_unit() {
        assertThat(PromQueries.Key.DISK_USED_PERCENT.metric()).isEqualTo(MskMetric.DISK_USED);
        assertThat(PromQueries.Key.CPU.metric()).isEqualTo(MskMetric.CPU);
    }

    @Test
    void an_override_replaces_only_its_key() {
        PromQueries q = PromQueries.withOverrides(List.of("bytesOut=sum by (instance) (my_bytes_out)"));
        assertThat(q.query(PromQueries.Key.BYTES_OUT, 60)).isEqualTo("sum by (instance) (my_bytes_out)");
        assertThat(q.query(PromQueries.Key.BYTES_IN, 60)).isEqualTo(PromQueries.DEFAULTS.query(PromQueries.Key.BYTES_IN, 60));
    }

    @Test
    void a_query_may_contain_equals_signs() {
        PromQueries q = PromQueries.withOverrides(List.of("partitions=sum by (instance) (x{name=\"PartitionCount\"})"));
        assertThat(q.query(PromQueries.Key.PARTITIONS, 60)).isEqualTo("sum by (instance) (x{name=\"PartitionCount\"})");
    }

    @Test
    void an_unknown_key_is_refused_listing_the_keys() {
        assertThatThrownBy(() -> PromQueries.withOverrides(List.of("disk=foo"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("--promql = disk=foo is not allowed: KEY=QUERY with KEY one of bytesIn, bytesOut, cpu, "
                        + "diskUsedPercent, partitions");
    }

    @Test
    void an_empty_query_is_refused() {
        assertThatThrownBy(() -> PromQueries.withOverrides(List.of("cpu= "))).hasMessage("--promql = cpu=  is not allowed: a PromQL query after cpu=");
    }
}
