package mskplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void plain_rows_split_on_commas() {
        assertThat(CsvReader.parse("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void crlf_cr_and_lf_line_ends_and_a_missing_final_newline_all_end_rows() {
        assertThat(CsvReader.parse("a\r\nb\rc\nd")).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    }

    @Test
    void quoted_cells_keep_commas_line_breaks_and_doubled_quotes() {
        assertThat(CsvReader.parse("\"x, y\",\"line 1\nline 2\",\"say \"\"hi\"\"\"\n"))
                .containsExactly(List.of("x, y", "line 1\nline 2", "say \"hi\""));
    }

    @Test
    void empty_cells_are_kept_and_blank_lines_skipped() {
        assertThat(CsvReader.parse("a,,c\n\n\r\n,\n")).containsExactly(List.of("a", "", "c"), List.of("", ""));
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_cell() {
        assertThat(CsvReader.parse("\uFEFFavgIngressMBps\n5\n").get(0)).containsExactly("avgIngressMBps");
    }

    @Test
    void an_unclosed_quote_names_the_line_it_opened_on() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\n1,2\n3,\"4\n5,6\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("CSV line 3 = an unclosed quote is not allowed: a closing quote for every opening quote");
    }

    @Test
    void cr_only_line_ends_end_rows_and_a_quoted_cr_stays_in_its_cell() {
        assertThat(CsvReader.parse("a,b\r\"x\ry\",2\r\r3,4")).containsExactly(List.of("a", "b"), List.of("x\ry", "2"), List.of("3", "4"));
    }

    @Test
    void semicolon_cells_keep_commas_as_text_and_quoted_semicolons_inside() {
        String text = "label;avgIngressMBps\r\n\"a;b\";12,5\r\n";
        CsvReader reader = CsvReader.over(text, CsvReader.delimiterOf(text));
        assertThat(reader.next()).containsExactly("label", "avgIngressMBps");
        assertThat(reader.next()).containsExactly("a;b", "12,5");
        assertThat(reader.next()).isNull();
    }

    @Test
    void a_byte_order_mark_before_a_quoted_first_cell_is_not_part_of_it() {
        assertThat(CsvReader.parse("\uFEFF\"label\",x\r\n")).containsExactly(List.of("label", "x"));
    }

    @Test
    void lines_of_spaces_and_a_quoted_empty_cell_alone_are_blank_lines() {
        assertThat(CsvReader.parse("a\n   \n\"\"\n\t\nb\n")).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void a_quote_inside_an_unquoted_cell_is_text_and_a_trailing_delimiter_gives_an_empty_cell() {
        assertThat(CsvReader.parse("ab\"c,d,\n #x, \"y\"\n")).containsExactly(List.of("ab\"c", "d", ""), List.of(" #x", " \"y\""));
    }

    @Test
    void an_unclosed_quote_after_a_quoted_line_break_names_the_line_its_cell_opened_on() {
        // line 1: a; lines 2-3: the cell "x<LF>y"; its neighbour opens on line 3 and is never closed
        assertThatThrownBy(() -> CsvReader.parse("a\n\"x\ny\",\"p\nq\n"))
                .hasMessage("CSV line 3 = an unclosed quote is not allowed: a closing quote for every opening quote");
    }

    @Test
    void an_unclosed_quote_on_the_first_line_of_a_file_with_a_byte_order_mark_names_line_1() {
        assertThatThrownBy(() -> CsvReader.parse("\uFEFF\"label,x\r\n1,2\r\n"))
                .hasMessage("CSV line 1 = an unclosed quote is not allowed: a closing quote for every opening quote");
    }

    @Test
    void text_after_a_closing_quote_names_its_line_and_how_to_quote_a_quote() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\n\"say \"hi\"\",2\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("CSV line 2 = text after a closing quote is not allowed: a delimiter or a line end after a quoted"
                        + " cell's closing quote; a quote inside a quoted cell doubled (\"\")");
    }

    @Test
    void an_error_message_names_no_parser_internals() {
        for (String broken : List.of("a\n\"open", "\"x\"y\n")) {
            assertThatThrownBy(() -> CsvReader.parse(broken)).message()
                    .doesNotContainIgnoringCase("jackson").doesNotContain("Missing closing").doesNotContain("Unexpected character")
                    .doesNotContain("code 1").doesNotContain("Source:").doesNotContain("column:");
        }
    }

    @Test
    void rows_are_read_one_at_a_time_so_the_rows_before_a_broken_one_are_read_before_it_fails() {
        CsvReader reader = CsvReader.over("a,b\n1,2\n3,\"4\n");
        assertThat(reader.next()).containsExactly("a", "b");
        assertThat(reader.next()).containsExactly("1", "2");
        assertThatThrownBy(reader::next).hasMessageStartingWith("CSV line 3 = an unclosed quote");
    }

    @Test
    void after_the_last_row_next_stays_null() {
        CsvReader reader = CsvReader.over("a\n");
        assertThat(reader.next()).containsExactly("a");
        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
        assertThat(CsvReader.parse("")).isEmpty();
        assertThat(CsvReader.parse("\uFEFF\r\n\n")).isEmpty();
    }

    @Test
    void what_csv_writes_reads_back_as_the_same_cells() {
        List<String> cells = List.of("", " lead", "trail ", "a,b", "a;b", "say \"hi\"", "\"", "line 1\r\nline 2", "cr\ronly",
                "#hash", "tab\tin", "é€ 🙂", "'=already");
        assertThat(CsvReader.parse(Csv.row(cells) + Csv.row(cells))).containsExactly(cells, cells);
        assertThat(CsvReader.over(Csv.row(cells, ';'), ';').next()).isEqualTo(cells);
    }

    @Test
    void a_cell_past_the_parsers_length_cap_is_refused_naming_its_line_and_the_cap() {
        String text = "a\n" + "x".repeat(20_000_001) + "\n";
        assertThatThrownBy(() -> CsvReader.parse(text)).isInstanceOf(InvalidInputException.class)
                .hasMessage("CSV line 2 = a cell longer than 20000000 characters is not allowed: cells of at most 20000000 characters");
    }
}
