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
}
