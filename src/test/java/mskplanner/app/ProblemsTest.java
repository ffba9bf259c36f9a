package mskplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.app.estimate.EstimateRequest;
import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Parser errors worded for the caller: the field where possible, never Jackson's advice to the server's developer. */
class ProblemsTest {

    private static Problem problemFor(String json) {
        try {
            Json.mapper().readValue(json, EstimateRequest.class);
        } catch (Exception e) {
            return Problems.of(e).orElseThrow(() -> new AssertionError("not mapped to a problem: " + e));
        }
        throw new AssertionError("parsed without error: " + json);
    }

    @Test
    void a_whole_number_past_int_names_its_field_and_value() {
        Problem p = problemFor("{\"clusters\": [{\"type\": \"express\", \"brokers\": 9223372036854775808}]}");
        assertThat(p.detail()).isEqualTo("clusters[0].brokers = 9223372036854775808 is not allowed: "
                + "a whole number from -2147483648 to 2147483647");
        assertThat(p.field()).isEqualTo("clusters[0].brokers");
    }

    @Test
    void a_number_of_more_than_1000_digits_is_refused_without_naming_jackson() {
        Problem p = problemFor("{\"hoursPerMonth\": 1" + "0".repeat(1200) + "}");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.detail()).startsWith("a number (or a string read as a number) in the request is longer than 1000 characters")
                .doesNotContain("StreamReadConstraints", "`");
    }

    @Test
    void deep_nesting_is_named_as_such() {
        // Typed requests fail on the first wrong type before they get this deep; a tree read (as batch input is) does not.
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> Json.mapper().readTree("[".repeat(100) + "]".repeat(100)));
        assertThat(Problems.of(e).orElseThrow().detail()).isEqualTo("request JSON is nested too deeply");
    }

    @Test
    void a_nan_token_is_malformed_json_without_advice_to_enable_parser_features() {
        Problem p = problemFor("{\"hoursPerMonth\": NaN}");
        assertThat(p.detail()).isEqualTo("malformed JSON at line 1, column 22: Non-standard token 'NaN'");
    }

    @Test
    void a_long_rejected_value_is_cut_when_echoed() {
        Problem p = Problems.of(new InvalidInputException("name", "x".repeat(5000), "a short name")).orElseThrow();
        assertThat(p.value()).isEqualTo("x".repeat(200) + "... (5000 characters)");
        assertThat(p.detail()).hasSizeLessThan(300);
    }
}
