package mskplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"})
    void text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(String text) {
        assertThat(Csv.cell(text).replace("\"", "")).startsWith("'");
    }

    @Test
    void a_formula_with_commas_and_quotes_is_quoted_after_being_neutralised() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void negative_numbers_stay_numbers() {
        assertThat(Csv.row(List.of(-5, new BigDecimal("-0.50")))).isEqualTo("-5,-0.50\r\n");
    }

    @Test
    void plain_text_and_empty_cells_are_unchanged() {
        assertThat(Csv.row(Arrays.asList("prod", null, "kafka.m7g.large"))).isEqualTo("prod,,kafka.m7g.large\r\n");
    }

    @Test
    void newlines_inside_a_cell_are_quoted() {
        assertThat(Csv.cell("a\nb")).isEqualTo("\"a\nb\"");
    }
}
