package mskplanner.metrics.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.MetricSeries;
import org.junit.jupiter.api.Test;

class MetricsFileTest {
    private static List<MetricSeries> read(String json) throws Exception {
        return MetricsFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_aws_cli_output_becomes_one_series_per_id_oldest_first() throws Exception {
        List<MetricSeries> series = read("""
                {"MetricDataResults": [
                  {"Id": "bytesin_b1", "Label": "BytesInPerSec", "StatusCode": "Complete",
                   "Timestamps": ["2026-11-24T10:02:00+00:00", "2026-11-24T10:01:00+00:00"], "Values": [2000000.0, 1000000.0]},
                  {"Id": "cpu_b2", "Label": "cpu", "StatusCode": "Complete", "Timestamps": ["2026-11-24T10:01:00+00:00"], "Values": [12.5]}
                ], "Messages": []}
                """);
        assertThat(series).hasSize(2);
        assertThat(series.get(0).metric()).isEqualTo("BytesInPerSec");
        assertThat(series.get(0).brokerId()).isEqualTo("1");
        assertThat(series.get(0).timestamps()).containsExactly(Instant.parse("2026-11-24T10:01:00Z"), Instant.parse("2026-11-24T10:02:00Z"));
        assertThat(series.get(0).values()).containsExactly(1e6, 2e6);
        assertThat(series.get(1).metric()).isEqualTo("CpuUser+CpuSystem");
    }

    @Test
    void pages_of_the_same_id_are_joined_across_documents() throws Exception {
        List<MetricSeries> series = read("""
                [{"MetricDataResults": [{"Id": "disk_b1", "Timestamps": ["2026-11-24T10:01:00Z"], "Values": [30]}]},
                 {"MetricDataResults": [{"Id": "disk_b1", "Timestamps": ["2026-11-24T10:02:00Z"], "Values": [31]}]}]
                """);
        assertThat(series).singleElement().satisfies(s -> assertThat(s.values()).containsExactly(30, 31));
    }

    @Test
    void an_id_that_does_not_name_metric_and_broker_is_refused_with_examples() {
        assertThatThrownBy(() -> read("{\"MetricDataResults\": [{\"Id\": \"m1\", \"Timestamps\": [], \"Values\": []}]}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("MetricDataResults[0].Id = m1 is not allowed: an id that names metric and broker, e.g. bytesin_b1, "
                        + "bytesout_b1, cpu_b1 (or cpuuser_b1 + cpusystem_b1), disk_b1, partitions_b1, storage_cluster");
    }

    @Test
    void a_value_per_timestamp_is_required() {
        assertThatThrownBy(() -> read("{\"MetricDataResults\": [{\"Id\": \"cpu_b1\", \"Timestamps\": [\"2026-11-24T10:01:00Z\"], \"Values\": []}]}"))
                .hasMessage("MetricDataResults[0].Values = 0 values is not allowed: one value per timestamp (1)");
    }

    @Test
    void a_timestamp_that_is_not_iso_8601_is_named() {
        assertThatThrownBy(() -> read("{\"MetricDataResults\": [{\"Id\": \"cpu_b1\", \"Timestamps\": [\"yesterday\"], \"Values\": [1]}]}"))
                .hasMessage("MetricDataResults[0].Timestamps = yesterday is not allowed: ISO-8601 timestamps such as 2026-11-24T10:00:00+00:00");
    }

    @Test
    void malformed_json_says_where() {
        assertThatThrownBy(() -> read("{\"MetricDataResults\": [\n{\"Id\": }"))
                .hasMessage("metrics file = malformed JSON at line 2 is not allowed: valid JSON");
    }

    @Test
    void a_file_without_results_is_refused() {
        assertThatThrownBy(() -> read("{\"MetricDataResults\": [], \"Messages\": []}"))
                .hasMessage("MetricDataResults = [] is not allowed: at least one result (ids like bytesin_b1, cpu_b1)");
    }
}
