package mskplanner.metrics.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.MetricSeries;
import org.junit.jupiter.api.Test;

/** Saved query_range answers become the series a live read gives. */
class PrometheusExportTest {
    private static final String BYTES_IN = """
            {"status":"success","data":{"resultType":"matrix","result":[
              {"metric":{"instance":"b-1.orders.x.c2.kafka.us-east-1.amazonaws.com:11001"},"values":[[1735689600,"2000000"],[1735689660,"3000000"]]},
              {"metric":{"instance":"b-2.orders.x.c2.kafka.us-east-1.amazonaws.com:11001"},"values":[[1735689600,"1000000"]]}]}}
            """;
    private static final String CPU = """
            {"status":"success","data":{"resultType":"matrix","result":[
              {"metric":{"instance":"b-1.orders.x.c2.kafka.us-east-1.amazonaws.com:11002"},"values":[[1735689600,"30"]]}]}}
            """;

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void one_saved_answer_gives_a_series_per_broker_of_its_metric() throws IOException {
        List<MetricSeries> series = PrometheusExport.read(stream(BYTES_IN), PromQueries.Key.BYTES_IN);
        assertThat(series).extracting(MetricSeries::metric, MetricSeries::brokerId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BytesInPerSec", "1"),
                        org.assertj.core.groups.Tuple.tuple("BytesInPerSec", "2"));
        assertThat(series.get(0).values()).containsExactly(2_000_000d, 3_000_000d);
    }

    @Test
    void a_document_keyed_as_promql_gives_every_metric() throws IOException {
        List<MetricSeries> series = PrometheusExport.read(stream("{\"bytesIn\": " + BYTES_IN + ", \"cpu\": " + CPU + "}"));
        assertThat(series).extracting(s -> s.metric() + "[" + s.brokerId() + "]")
                .containsExactly("BytesInPerSec[1]", "BytesInPerSec[2]", "CpuUser+CpuSystem[1]");
    }

    @Test
    void an_unknown_key_is_refused_listing_the_keys() {
        assertThatThrownBy(() -> PrometheusExport.read(stream("{\"memory\": " + CPU + "}"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Prometheus export key = memory is not allowed: one of bytesIn, bytesOut, cpu, diskUsedPercent, partitions");
    }

    @Test
    void a_saved_error_answer_is_refused_with_prometheus_message() {
        assertThatThrownBy(() -> PrometheusExport.read(stream("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error\"}"),
                PromQueries.Key.CPU)).hasMessage("Prometheus export cpu = bad_data: parse error is not allowed: a successful answer (status success)");
    }

    @Test
    void an_export_without_points_is_refused() {
        assertThatThrownBy(() -> PrometheusExport.read(stream("{\"cpu\": {\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}}")))
                .hasMessage("Prometheus export = no points is not allowed: at least one series with data (bytesIn and cpu at least)");
    }
}
