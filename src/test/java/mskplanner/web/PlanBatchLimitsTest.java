package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A batch past the profile cap is refused as it is counted, before anything is planned or written. */
class PlanBatchLimitsTest {
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void millions_of_one_cell_csv_rows_are_refused_naming_the_cap() throws Exception {
        // 3,000,000 rows of "1\n" = 6 MB, within the 16 MB body cap, 30 times the profile cap.
        String body = "avgIngressMBps\n" + "1\n".repeat(3_000_000);

        HttpResponse<String> response = http.post("/api/v1/plan/batch", body, "Content-Type", "text/csv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 100000 profiles per batch");
    }

    @Test
    void millions_of_empty_json_objects_are_refused_naming_the_cap() throws Exception {
        String body = "[" + "{},".repeat(2_000_000) + "{}]";

        HttpResponse<String> response = http.post("/api/v1/plan/batch", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 100000 profiles per batch");
    }

    @Test
    void a_streamed_json_answer_counts_profiles_and_failures() throws Exception {
        String body = "[{\"avgIngressMBps\": 10, \"peakIngressMBps\": 20}, 7, {\"avgIngressMBps\": -1}]";

        HttpResponse<String> response = http.post("/api/v1/plan/batch", body);
        JsonNode json = Json.mapper().readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.get("profiles").asInt()).isEqualTo(3);
        assertThat(json.get("failed").asInt()).isEqualTo(2);
        assertThat(json.get("results")).hasSize(3);
    }

    @Test
    void a_batch_longer_than_one_chunk_keeps_the_input_order() throws Exception {
        // 1,300 profiles: two full chunks of 512 and a partial one.
        StringBuilder body = new StringBuilder("avgIngressMBps,peakIngressMBps\n");
        for (int i = 1; i <= 1300; i++) {
            body.append(i % 50 + 1).append(',').append(i % 50 + 2).append('\n');
        }

        HttpResponse<String> response = http.post("/api/v1/plan/batch?format=csv", body.toString(), "Content-Type", "text/csv");
        String[] lines = response.body().split("\r?\n");

        assertThat(lines).hasSize(1301);
        for (int i = 1; i <= 1300; i++) {
            assertThat(lines[i]).startsWith(i + ",");
        }
    }
}
