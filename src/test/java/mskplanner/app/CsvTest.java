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

    @Test
    void text_that_is_a_plain_negative_number_stays_a_number() {
        assertThat(Csv.row(List.of("-5", "-0.50", "+3"))).isEqualTo("-5,-0.50,+3\r\n");
        assertThat(Csv.cell("-5+A1")).isEqualTo("'-5+A1");
    }

    @Test
    void with_semicolons_a_comma_is_plain_and_a_semicolon_is_quoted() {
        assertThat(Csv.row(List.of("a,b", "c;d", new BigDecimal("1.5")), ';')).isEqualTo("a,b;\"c;d\";1.5\r\n");
    }

    @Test
    void a_layout_reshapes_written_csv_without_marking_a_neutralised_cell_twice() {
        String csv = Csv.row(List.of("name", "usd")) + Csv.row(List.of("=cmd", -5)) + Csv.row(List.of("a;b", 2));
        CsvLayout layout = CsvLayout.of("usd,name", "false", "semicolon");
        assertThat(layout.reshape(csv)).isEqualTo("-5;'=cmd\r\n2;\"a;b\"\r\n");
        assertThat(CsvLayout.DEFAULT.reshape(csv)).isSameAs(csv);
    }

    @Test
    void the_delimiter_is_told_from_the_header_line_outside_quotes() {
        assertThat(CsvReader.delimiterOf("\uFEFFlabel;avgIngressMBps\n\"a,b\";1,5\n")).isEqualTo(';');
        assertThat(CsvReader.delimiterOf("\n\nlabel,avgIngressMBps\na;b,1\n")).isEqualTo(',');
        assertThat(CsvReader.delimiterOf("\"x;y;z\",a\n")).isEqualTo(',');
        assertThat(CsvReader.delimiterOf("avgIngressMBps\n5\n")).isEqualTo(',');
    }

    @Test
    void a_cell_is_quoted_only_for_its_delimiter_a_quote_or_a_line_break_not_for_spaces_or_punctuation() {
        // Jackson's default would quote every one of these (a character before '-', a leading or trailing space)
        assertThat(Csv.row(List.of(" lead", "trail ", "a b", "#x", "!$%&()*", "mid\ttab", "é€", "'quoted"))).isEqualTo(
                " lead,trail ,a b,#x,!$%&()*,mid\ttab,é€,'quoted\r\n");
    }

    @Test
    void quotes_and_line_breaks_are_quoted_with_quotes_doubled() {
        assertThat(Csv.row(List.of("say \"hi\"", "\"", "cr\ronly", "a\r\nb"))).isEqualTo(
                "\"say \"\"hi\"\"\",\"\"\"\",\"cr\ronly\",\"a\r\nb\"\r\n");
    }

    @Test
    void null_and_empty_cells_keep_their_place_in_the_row() {
        assertThat(Csv.row(Arrays.asList(null, "", null))).isEqualTo(",,\r\n");
        assertThat(Csv.row(Arrays.asList("a", null))).isEqualTo("a,\r\n");
        assertThat(Csv.row(Arrays.asList((Object) null))).isEqualTo("\r\n");
        assertThat(Csv.row(List.of())).isEqualTo("\r\n");
    }

    @Test
    void with_semicolons_formula_cells_are_neutralised_too_and_rows_end_with_crlf() {
        assertThat(Csv.row(List.of("=1+1", "-", "@x", -2, "label"), ';')).isEqualTo("'=1+1;'-;'@x;-2;label\r\n");
    }

    @Test
    void a_formula_cell_keeps_its_mark_when_a_layout_rewrites_it() {
        String csv = Csv.row(List.of("a")) + Csv.row(List.of("+cmd")) + Csv.row(List.of("\t=x"));
        assertThat(CsvLayout.of(null, null, "semicolon").reshape(csv)).isEqualTo("a\r\n'+cmd\r\n'\t=x\r\n");
    }
}
