package mskplanner.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import mskplanner.app.Json;
import mskplanner.web.api.PlanBatchApi;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile CSV for the batch planner: random cells and headers, valid batches with one cell replaced, broken quoting.
 * Bad rows are answered in their row, so a readable batch is a 200 with one result per profile.
 */
class CsvBatchFuzzTest {
    private static final String VALID = "avgIngressMBps,peakIngressMBps,consumerGroups,retentionHours,region\n"
            + "100,500,2,720,us-east-1\n10,20,1,,\n1,1,5,24,us-east-1\n";
    private static final List<List<String>> VALID_ROWS = mskplanner.app.CsvReader.parse(VALID);
    private static FuzzServer server;

    @BeforeContainer
    static void start() {
        server = new FuzzServer();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @AfterProperty
    void the_server_still_answers_its_health_check() {
        server.assertStillServing();
    }

    private static HttpResponse<String> post(String csv) {
        HttpResponse<String> r = server.post(PlanBatchApi.PATH, csv.getBytes(StandardCharsets.UTF_8), "text/csv", null);
        FuzzServer.assertWellBehaved(csv, r);
        return r;
    }

    @Property
    void a_valid_batch_with_one_cell_replaced_still_gives_one_row_per_profile(@ForAll("oneCellReplaced") String csv)
            throws Exception {
        HttpResponse<String> r = post(csv);
        assertThat(r.statusCode()).as(csv).isEqualTo(200);
        assertThat(Json.mapper().readTree(r.body()).get("results").size()).as(csv).isEqualTo(VALID_ROWS.size() - 1);
    }

    @Provide
    Arbitrary<String> oneCellReplaced() {
        Arbitrary<String> hostile = Arbitraries.oneOf(Arbitraries.of(JsonFuzz.EDGE_NUMBERS),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.of("", " ", "\"", "\"\"", ",", "\n", "=1+1", "<script>", "TRUE", "true", "1e400", "NaN"));
        return Combinators.combine(Arbitraries.integers().between(1, VALID_ROWS.size() - 1),
                Arbitraries.integers().between(0, VALID_ROWS.get(0).size() - 1), hostile).as((row, column, value) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < VALID_ROWS.size(); i++) {
                        List<Object> cells = new java.util.ArrayList<>(VALID_ROWS.get(i));
                        if (i == row) {
                            cells.set(column, value);
                        }
                        sb.append(quoteAll(cells));
                    }
                    return sb.toString();
                });
    }

    @Property
    void random_csv_with_real_and_unknown_headers(@ForAll("randomCsv") String csv) {
        post(csv);
    }

    @Provide
    Arbitrary<String> randomCsv() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(Endpoints.FIELD_NAMES), Arbitraries.strings().all().ofMaxLength(8));
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of(JsonFuzz.EDGE_NUMBERS), Arbitraries.strings().all().ofMaxLength(12));
        return Arbitraries.integers().between(1, 4).flatMap(columns -> Combinators.combine(
                name.list().ofSize(columns), cell.list().ofSize(columns).list().ofMaxSize(4),
                Arbitraries.of("\n", "\r\n", "\r")).as((header, rows, newline) ->
                header.stream().map(CsvBatchFuzzTest::quoted).collect(Collectors.joining(",")) + newline
                        + rows.stream().map(r -> String.join(",", r)).collect(Collectors.joining(newline))));
    }

    @Property
    void a_valid_batch_with_broken_syntax(@ForAll("brokenCsv") String csv) {
        post(csv);
    }

    @Provide
    Arbitrary<String> brokenCsv() {
        return JsonFuzz.malformed(VALID);
    }

    private static String quoteAll(List<Object> cells) {
        return cells.stream().map(c -> quoted(String.valueOf(c))).collect(Collectors.joining(",")) + "\n";
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
