package mskplanner.metrics.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QueryRangeAnswerTest {
    private static QueryRangeAnswer read(String json) throws IOException {
        return QueryRangeAnswer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_matrix_gives_each_series_its_labels_instants_and_values() throws IOException {
        QueryRangeAnswer a = read("""
                {"status":"success","data":{"resultType":"matrix","result":[
                  {"metric":{"instance":"b-1.x:11001"},"values":[[1735689600,"2000000"],[1735689660.000,"2500000.5"]]}]}}
                """);
        assertThat(a.success()).isTrue();
        assertThat(a.resultType()).isEqualTo("matrix");
        assertThat(a.series()).hasSize(1);
        assertThat(a.series().get(0).label("instance")).contains("b-1.x:11001");
        assertThat(a.series().get(0).epochSeconds()).containsExactly(1735689600L, 1735689660L);
        assertThat(a.series().get(0).values()).containsExactly(2_000_000d, 2_500_000.5d);
    }

    @Test
    void points_that_are_not_finite_are_left_out() throws IOException {
        QueryRangeAnswer a = read("""
                {"status":"success","data":{"resultType":"matrix","result":[
                  {"metric":{"instance":"a"},"values":[[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"7"]]}]}}
                """);
        assertThat(a.series().get(0).epochSeconds()).containsExactly(4L);
    }

    @Test
    void an_error_answer_keeps_prometheus_own_type_and_message() throws IOException {
        QueryRangeAnswer a = read("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unclosed left parenthesis\"}");
        assertThat(a.success()).isFalse();
        assertThat(a.errorType()).isEqualTo("bad_data");
        assertThat(a.error()).isEqualTo("1:5: parse error: unclosed left parenthesis");
    }

    @Test
    void a_page_that_is_not_json_is_not_an_answer() {
        assertThatThrownBy(() -> read("<html>404</html>")).isInstanceOf(QueryRangeAnswer.NotAnAnswerException.class)
                .hasMessage("malformed JSON at line 1");
    }

    @Test
    void json_without_a_status_is_not_an_answer() {
        assertThatThrownBy(() -> read("{\"MetricDataResults\":[]}")).isInstanceOf(QueryRangeAnswer.NotAnAnswerException.class)
                .hasMessage("no \"status\" field");
    }
}
