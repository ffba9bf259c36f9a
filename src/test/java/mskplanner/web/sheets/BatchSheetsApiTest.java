package mskplanner.web.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import mskplanner.app.CsvReader;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batches as spreadsheets save them: a label column echoed, semicolons and decimal commas, formulas neutralised. */
class BatchSheetsApiTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static HttpResponse<String> batch(String query, String csv) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(http.uri("/api/v1/plan/batch" + query))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r;
    }

    private static List<List<String>> rows(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return CsvReader.parse(r.body());
    }

    private static String cell(List<List<String>> rows, int row, String column) {
        return rows.get(row).get(rows.get(0).indexOf(column));
    }

    @Test
    void a_label_column_is_echoed_in_each_row_last() throws Exception {
        List<List<String>> rows = rows(batch("?format=csv", "label,avgIngressMBps\nEU prod,100\nUS dev,-5\n"));
        assertThat(rows.get(0).get(rows.get(0).size() - 1)).isEqualTo("label");
        assertThat(cell(rows, 1, "label")).isEqualTo("EU prod");
        assertThat(cell(rows, 2, "label")).isEqualTo("US dev");
        assertThat(cell(rows, 2, "error")).startsWith("avgIngressMBps = -5 is not allowed");
    }

    @Test
    void a_name_or_scenario_column_in_any_case_is_the_label_too_and_json_results_carry_it() throws Exception {
        assertThat(cell(rows(batch("?format=csv", "Scenario,avgIngressMBps\nbaseline,10\n")), 1, "label")).isEqualTo("baseline");
        HttpResponse<String> r = batch("", "avgIngressMBps,name\n10,growth\n");
        JsonNode json = Json.mapper().readTree(r.body());
        assertThat(json.at("/results/0/label").asText()).isEqualTo("growth");
        assertThat(json.at("/results/0/error").isNull()).isTrue();
    }

    @Test
    void two_label_columns_are_refused_naming_the_second() throws Exception {
        HttpResponse<String> r = batch("", "label,name,avgIngressMBps\na,b,10\n");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = Json.mapper().readTree(r.body());
        assertThat(p.get("value").asText()).isEqualTo("name");
        assertThat(p.get("allowed").asText()).isEqualTo("one label column (label, name, scenario)");
    }

    @Test
    void semicolon_csv_with_decimal_commas_plans_as_the_comma_csv_does() throws Exception {
        HttpResponse<String> comma = batch("?format=csv", "label,avgIngressMBps,peakIngressMBps,consumerGroups\na,100.5,500,2\n");
        HttpResponse<String> semicolon = batch("?format=csv", "label;avgIngressMBps;peakIngressMBps;consumerGroups\r\na;100,5;500;2\r\n");
        assertThat(rows(semicolon)).isEqualTo(rows(comma));
        assertThat(cell(rows(semicolon), 1, "error")).isEmpty();
        assertThat(cell(rows(semicolon), 1, "brokers")).isNotEmpty();
    }

    @Test
    void semicolon_csv_with_a_row_of_the_wrong_width_says_the_header_uses_semicolons() throws Exception {
        List<List<String>> rows = rows(batch("?format=csv", "avgIngressMBps;consumerGroups\n100,2\n"));
        assertThat(cell(rows, 1, "error")).isEqualTo("row 1 has 1 cells, the header has 2 (the header row is separated by semicolons)");
    }

    @Test
    void labels_that_a_spreadsheet_would_run_are_neutralised_and_negative_numbers_stay_numbers() throws Exception {
        HttpResponse<String> r = batch("?format=csv&fields=label", "label,avgIngressMBps\n\"=HYPERLINK(\"\"http://x\"\")\",10\n"
                + "+1+1,10\n-5,10\n@SUM(A1),10\n-0.5,10\n");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("label\r\n'=HYPERLINK(\"http://x\")\r\n'+1+1\r\n-5\r\n'@SUM(A1)\r\n-0.5\r\n"
                .replace("'=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""));
    }

    @Test
    void an_unknown_field_in_the_batch_csv_layout_is_refused_before_any_row() throws Exception {
        HttpResponse<String> r = batch("?format=csv&fields=labels", "avgIngressMBps\n10\n");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.body()).contains("fields = labels is not allowed: columns of this CSV, one of: profile, deployment,");
    }
}
