package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.Test;

class EstimateFormTest {
    private final EstimateForm form = new EstimateForm(TestServer.bundledPricing());

    @Test
    void blank_rows_are_left_out_and_errors_map_back_to_the_row_they_came_from() {
        FormState typed = form.read(Map.of("c1.type", List.of("standard"), "c3.type", List.of("express"),
                "c3.brokers", List.of("4")));

        EstimateForm.Request request = form.request(typed);

        assertThat(request.rows()).containsExactly(1, 3);
        assertThat(request.inputFor("clusters[1].brokers")).isEqualTo("c3.brokers");
        assertThat(request.inputFor("clusters[0]")).isEqualTo("c1.type");
        assertThat(request.inputFor("hoursPerMonth")).isEqualTo("hoursPerMonth");
        assertThat(request.inputFor("clusters")).isEqualTo(FormState.FORM);
        assertThat(request.inputFor(null)).isEqualTo(FormState.FORM);
    }

    @Test
    void numbers_are_sent_as_json_numbers_and_text_that_is_no_number_as_text() {
        FormState typed = form.read(Map.of("hoursPerMonth", List.of(" 744 "), "c0.type", List.of("standard"),
                "c0.brokers", List.of("3"), "c0.storageGiBPerBroker", List.of("1e3"), "c0.tieredStorageGiB", List.of("lots")));

        String json = form.request(typed).json().toString();

        assertThat(json).isEqualTo("{\"hoursPerMonth\":744,\"clusters\":[{\"type\":\"standard\",\"brokers\":3,"
                + "\"storageGiBPerBroker\":1E+3,\"tieredStorageGiB\":\"lots\"}]}");
    }

    @Test
    void a_query_without_any_form_input_is_not_a_submission() {
        assertThat(form.isSubmitted(Map.of("utm_source", List.of("x")))).isFalse();
        assertThat(form.isSubmitted(Map.of("c2.name", List.of("")))).isTrue();
    }
}
