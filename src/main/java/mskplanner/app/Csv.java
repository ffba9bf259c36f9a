package mskplanner.app;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV rows, for spreadsheets ({@code IMPORTDATA}, Power Query): the one place the server's CSV cells are
 * written, and so the one place they are made safe to open. jackson-dataformat-csv writes the rows; neutralising
 * formula cells is ours.
 */
public final class Csv {
    /**
     * The one jackson-dataformat-csv mapper, for reading ({@link CsvReader}) and writing. Quoting is the strict check:
     * a cell is quoted only when it holds the delimiter, a quote or a line break, as the CSV answers always were
     * (Jackson's default also quotes a cell with a space or any character before {@code -}), so columns read by
     * sheets stay byte for byte the same.
     */
    static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    /** Rows end with CRLF, as RFC 4180 has them. */
    private static final CsvSchema COMMAS = CsvSchema.emptySchema().withLineSeparator("\r\n");
    private static final CsvSchema SEMICOLONS = COMMAS.withColumnSeparator(';');
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** Text that is a plain number ("-5", "-0.50") is a value to a spreadsheet, not a formula: it stays a number. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Csv() {
    }

    public static String row(List<?> cells) {
        return row(cells, ',');
    }

    /** One row with {@code delimiter} between cells ({@code ;} for sheets in comma-decimal locales). */
    public static String row(List<?> cells, char delimiter) {
        return written(cells.stream().map(Csv::neutralised).toList(), delimiter);
    }

    /**
     * A row of cells read back from CSV that {@link #row} wrote (so already neutralised), written again with another
     * delimiter: only quoting is redone, so a neutralised cell is not marked twice and a negative number stays one.
     */
    static String rewritten(List<String> cells, char delimiter) {
        return written(cells, delimiter);
    }

    static String cell(Object value) {
        String row = row(java.util.Collections.singletonList(value), ',');
        return row.substring(0, row.length() - 2);
    }

    /**
     * A leading = + - @ (or a tab or carriage return before one) would run as a formula in a spreadsheet (CSV
     * injection, OWASP); names, labels and echoed values are user input. Numbers are left alone.
     */
    private static String neutralised(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(value);
        if (!s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)
                && !PLAIN_NUMBER.matcher(s).matches()) {
            return "'" + s;
        }
        return s;
    }

    /** Every cell as a string (an empty one for null): Jackson leaves a null out of an unschema'd row, cell and delimiter both. */
    private static String written(List<String> cells, char delimiter) {
        if (cells.isEmpty()) {
            return "\r\n"; // Jackson writes nothing at all for a row without cells
        }
        StringWriter out = new StringWriter();
        try (CsvGenerator generator = (CsvGenerator) MAPPER.getFactory().createGenerator(out)) {
            generator.setSchema(delimiter == ',' ? COMMAS : delimiter == ';' ? SEMICOLONS : COMMAS.withColumnSeparator(delimiter));
            generator.writeStartArray();
            for (String cell : cells) {
                generator.writeString(cell == null ? "" : cell);
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
