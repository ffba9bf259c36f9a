package mskplanner.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mskplanner.engine.InvalidInputException;

/**
 * How a CSV answer is laid out for the sheet that reads it: which columns in which order ({@code fields=a,b}), whether
 * the header row is written ({@code header=false} leaves it out) and the delimiter ({@code delimiter=semicolon} for
 * sheets in comma-decimal locales; numbers keep their decimal point). The default is every column, a header, commas.
 */
public record CsvLayout(List<String> fields, boolean header, char delimiter) {
    public static final String FIELDS = "fields";
    public static final String HEADER = "header";
    public static final String DELIMITER = "delimiter";
    public static final List<String> PARAMETERS = List.of(FIELDS, HEADER, DELIMITER);
    public static final CsvLayout DEFAULT = new CsvLayout(List.of(), true, ',');

    public CsvLayout {
        fields = List.copyOf(fields);
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("delimiter must be ',' or ';', was '" + delimiter + "'");
        }
    }

    /** The layout the query parameters ask for; each may be null (not given). */
    public static CsvLayout of(String fields, String header, String delimiter) {
        return new CsvLayout(fields(fields), header(header), delimiter(delimiter));
    }

    /** As {@link #of}, but an unreadable parameter falls back to the default: for writing an error, which must not fail. */
    public static CsvLayout lenient(String header, String delimiter) {
        boolean h = !"false".equalsIgnoreCase(strip(header));
        char d = "semicolon".equalsIgnoreCase(strip(delimiter)) ? ';' : ',';
        return new CsvLayout(List.of(), h, d);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** The positions in {@code header} of the chosen columns, in the chosen order; an unknown name is refused, naming the valid ones. */
    public int[] columns(List<String> header) {
        if (fields.isEmpty()) {
            return java.util.stream.IntStream.range(0, header.size()).toArray();
        }
        int[] columns = new int[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            columns[i] = header.indexOf(fields.get(i));
            if (columns[i] < 0) {
                throw new InvalidInputException(FIELDS, fields.get(i), "columns of this CSV, one of: " + String.join(", ", header));
            }
        }
        return columns;
    }

    /** The header row, or nothing with {@code header=false}; checks the chosen fields against it. */
    public String headerRow(List<String> names) {
        int[] columns = columns(names);
        return header ? Csv.row(pick(names, columns), delimiter) : "";
    }

    /** One row of cells in the chosen columns, neutralised and quoted. */
    public String row(List<?> cells, int[] columns) {
        return Csv.row(pick(cells, columns), delimiter);
    }

    /** {@code csv} (as {@link Csv#row} wrote it, header first) laid out anew; the default layout returns it unchanged. */
    public String reshape(String csv) {
        if (isDefault()) {
            return csv;
        }
        CsvReader rows = CsvReader.over(csv);
        List<String> head = rows.next();
        if (head == null) {
            return csv;
        }
        int[] columns = columns(head);
        StringBuilder sb = new StringBuilder(header ? Csv.rewritten(pick(head, columns), delimiter) : "");
        for (List<String> r = rows.next(); r != null; r = rows.next()) {
            sb.append(Csv.rewritten(pick(r, columns), delimiter));
        }
        return sb.toString();
    }

    private static <T> List<T> pick(List<T> cells, int[] columns) {
        List<T> picked = new ArrayList<>(columns.length);
        for (int c : columns) {
            picked.add(c < cells.size() ? cells.get(c) : null);
        }
        return picked;
    }

    private static List<String> fields(String value) {
        String v = strip(value);
        if (v == null || v.isEmpty()) {
            return List.of();
        }
        List<String> names = Arrays.stream(v.split(",")).map(String::strip).toList();
        if (names.contains("")) {
            throw new InvalidInputException(FIELDS, value, "column names separated by commas, e.g. instanceType,monthlyUsd");
        }
        return names;
    }

    private static boolean header(String value) {
        String v = strip(value);
        if (v == null || v.isEmpty()) {
            return true;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(HEADER, value, "true or false");
        };
    }

    private static char delimiter(String value) {
        String v = strip(value);
        if (v == null || v.isEmpty()) {
            return ',';
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            default -> throw new InvalidInputException(DELIMITER, value, "comma or semicolon");
        };
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
