package mskplanner.app.plan.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;

class BatchReaderTest {

    @Test
    void csv_rows_become_plan_fields_and_empty_cells_are_left_to_the_defaults() throws Exception {
        List<BatchProfile> profiles = BatchReader.read("avgIngressMBps,peakIngressMBps,region\n100,500,us-east-1\n10,,\n");
        assertThat(profiles).hasSize(2);
        assertThat(profiles.get(0).fields().toString()).isEqualTo("{\"avgIngressMBps\":\"100\",\"peakIngressMBps\":\"500\",\"region\":\"us-east-1\"}");
        assertThat(profiles.get(1).fields().toString()).isEqualTo("{\"avgIngressMBps\":\"10\"}");
        assertThat(profiles).extracting(BatchProfile::number).containsExactly(1, 2);
    }

    @Test
    void header_names_and_cells_are_trimmed() throws Exception {
        assertThat(BatchReader.read(" avgIngressMBps , consumerGroups\n 100 , 2 \n").get(0).fields().toString())
                .isEqualTo("{\"avgIngressMBps\":\"100\",\"consumerGroups\":\"2\"}");
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_is_kept_with_its_reason() throws Exception {
        List<BatchProfile> profiles = BatchReader.read("avgIngressMBps,consumerGroups\n100,2\n5\n7,1\n");
        assertThat(profiles.get(1).fields()).isNull();
        assertThat(profiles.get(1).error()).isEqualTo("row 2 has 1 cells, the header has 2");
        assertThat(profiles.get(2).fields()).isNotNull();
    }

    @Test
    void an_unknown_header_field_refuses_the_whole_batch_naming_it() {
        assertThatThrownBy(() -> BatchReader.read("avgIngressMBps,ingress\n1,2\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("CSV header = ingress is not allowed: plan fields, one of: ").hasMessageContaining(" avgIngressMBps, ");
    }

    @Test
    void a_repeated_header_field_refuses_the_batch() {
        assertThatThrownBy(() -> BatchReader.read("avgIngressMBps,avgIngressMBps\n1,2\n"))
                .hasMessage("CSV header = avgIngressMBps is not allowed: each field once");
    }

    @Test
    void a_json_array_gives_one_profile_per_element_and_keeps_non_objects_as_refused() throws Exception {
        List<BatchProfile> profiles = BatchReader.read("[{\"avgIngressMBps\": 5}, 3, null, [1]]");
        assertThat(profiles.get(0).fields().get("avgIngressMBps").asInt()).isEqualTo(5);
        assertThat(profiles).extracting(BatchProfile::error).containsExactly(null, "profile 2 is a number, not a JSON object",
                "profile 3 is null, not a JSON object", "profile 4 is an array, not a JSON object");
    }

    @Test
    void json_that_is_not_an_array_refuses_the_batch() {
        assertThatThrownBy(() -> BatchReader.read("{\"avgIngressMBps\": 5}")).isInstanceOf(InvalidInputException.class)
                .hasMessage("body = a JSON object is not allowed: a JSON array of plan requests, or CSV with a header row");
    }

    @Test
    void a_body_without_profiles_is_refused() {
        assertThatThrownBy(() -> BatchReader.read("avgIngressMBps\n")).hasMessage("body = no profiles is not allowed: at least one profile");
        assertThatThrownBy(() -> BatchReader.read("[]")).hasMessage("body = no profiles is not allowed: at least one profile");
        assertThatThrownBy(() -> BatchReader.read(" \n ")).hasMessageStartingWith("body = (empty) is not allowed");
    }

    @Test
    void csv_of_nothing_but_an_empty_quoted_cell_is_refused_not_a_crash() {
        // Found by CsvBatchFuzzTest: the blank row is skipped, leaving no header at all.
        assertThatThrownBy(() -> BatchReader.read("\"\"")).isInstanceOf(InvalidInputException.class)
                .hasMessage("body = no rows is not allowed: a header row of plan fields, then one row per profile");
    }

    @Test
    void more_than_100000_profiles_are_refused() {
        String csv = "avgIngressMBps\n" + "1\n".repeat(BatchReader.MAX_PROFILES + 1);
        assertThatThrownBy(() -> BatchReader.read(csv)).hasMessage("body = 100001 profiles is not allowed: at most 100000 profiles per batch");
    }
}
