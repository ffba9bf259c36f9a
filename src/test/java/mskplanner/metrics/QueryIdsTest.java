package mskplanner.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;
import org.junit.jupiter.api.Test;

class QueryIdsTest {
    @Test
    void an_id_names_metric_and_broker() {
        assertThat(QueryIds.of(MskMetric.BYTES_IN, "12")).isEqualTo("bytesin_b12");
        assertThat(QueryIds.parse("bytesin_b12")).contains(new QueryIds.Key(MskMetric.BYTES_IN, "12"));
    }

    @Test
    void cluster_level_metrics_say_cluster() {
        assertThat(QueryIds.of(MskMetric.STORAGE_USED, MetricSeries.CLUSTER)).isEqualTo("storage_cluster");
        assertThat(QueryIds.parse("storage_cluster")).contains(new QueryIds.Key(MskMetric.STORAGE_USED, MetricSeries.CLUSTER));
    }

    @Test
    void other_ids_are_not_understood() {
        assertThat(QueryIds.parse("m1")).isEmpty();
        assertThat(QueryIds.parse("heap_b1")).isEmpty();
        assertThat(QueryIds.parse("bytesin_b")).isEmpty();
    }
}
