package mskplanner.app;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV rows, for spreadsheets ({@code IMPORTDATA}, Power Query): the one place the server's CSV cells are
 * written, and so the one place they are made safe to open.
 */
public final class Csv {
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
        return cells.stream().map(c -> quoted(neutralised(c), delimiter)).collect(Collectors.joining(String.valueOf(delimiter)))
                + "\r\n";
    }

    /**
     * A row of cells read back from CSV that {@link #row} wrote (so already neutralised), written again with another
     * delimiter: only quoting is redone, so a neutralised cell is not marked twice and a negative number stays one.
     */
    static String rewritten(List<String> cells, char delimiter) {
        return cells.stream().map(c -> quoted(c, delimiter)).collect(Collectors.joining(String.valueOf(delimiter))) + "\r\n";
    }

    static String cell(Object value) {
        return quoted(neutralised(value), ',');
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

    private static String quoted(String s, char delimiter) {
        if (s.indexOf(delimiter) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
