package mskplanner.web.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import mskplanner.app.CsvReader;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A CSV request gets its error as CSV (a sheet shows the reason, not #VALUE!); JSON requests keep problem+json. */
class CsvErrorsApiTest {
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static List<List<String>> csvError(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<List<String>> rows = CsvReader.parse(r.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("error", "field", "value", "allowed", "status", "type");
        return rows;
    }

    @Test
    void format_csv_with_a_bad_value_answers_a_csv_error_naming_field_value_and_allowed() throws Exception {
        List<String> row = csvError(http.get("/api/v1/plan?avgIngressMBps=-5&format=csv"), 400).get(1);
        assertThat(row).containsExactly("avgIngressMBps = -5 is not allowed: a number > 0 and <= 1000000", "avgIngressMBps", "-5",
                "a number > 0 and <= 1000000", "400", "/problems/invalid-input");
    }

    @Test
    void accept_text_csv_gets_a_csv_error_too_on_get_and_post() throws Exception {
        csvError(http.get("/api/v1/plan?avgIngressMBps=abc", "Accept", "text/csv"), 400);
        List<String> row = csvError(http.post("/api/v1/estimate", "{\"clusters\": [{\"type\": \"standard\", \"brokers\": 3}]}",
                "Accept", "text/csv"), 400).get(1);
        assertThat(row.get(0)).isNotEmpty();
    }

    @Test
    void an_unknown_query_parameter_with_format_csv_is_a_csv_error() throws Exception {
        List<String> row = csvError(http.get("/api/v1/plan?avgIngressMBps=5&ingress=5&format=csv"), 400).get(1);
        assertThat(row.get(1)).isEqualTo("ingress");
    }

    @Test
    void the_csv_error_follows_header_false_and_delimiter_semicolon() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/plan?avgIngressMBps=-5&format=csv&header=false&delimiter=semicolon");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).isEqualTo("avgIngressMBps = -5 is not allowed: a number > 0 and <= 1000000;avgIngressMBps;-5;"
                + "a number > 0 and <= 1000000;400;/problems/invalid-input\r\n");
    }

    @Test
    void a_value_that_would_run_as_a_formula_is_neutralised_in_the_csv_error() throws Exception {
        List<String> row = csvError(http.get("/api/v1/plan?avgIngressMBps=%3D1%2B1&format=csv"), 400).get(1);
        assertThat(row.get(2)).isEqualTo("'=1+1");
    }

    @Test
    void a_wrong_method_with_format_csv_is_a_405_csv_error() throws Exception {
        List<String> row = csvError(http.get("/api/v1/plan/batch?format=csv"), 405).get(1);
        assertThat(row.get(0)).isEqualTo("GET is not accepted on /api/v1/plan/batch: use POST");
    }

    @Test
    void json_requests_keep_problem_json() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/plan?avgIngressMBps=-5");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.mapper().readTree(r.body()).get("field").asText()).isEqualTo("avgIngressMBps");
        HttpResponse<String> json = http.get("/api/v1/plan?avgIngressMBps=-5&format=json", "Accept", "text/csv");
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
}
