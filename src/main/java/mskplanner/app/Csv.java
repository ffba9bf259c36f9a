package mskplanner.app;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV rows, for spreadsheets ({@code IMPORTDATA}, Power Query). */
public final class Csv {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    public static String row(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(value);
        // A leading = + - @ (or a tab or carriage return before one) would run as a formula in a spreadsheet (CSV
        // injection, OWASP); names are user input.
        if (!s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
