package mskplanner.app.plan.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mskplanner.app.CsvReader;
import mskplanner.engine.InvalidInputException;

/** A CSV with a header row of known column names (any case), read as one map per row; blank cells are left out. */
final class CsvRows {
    private CsvRows() {
    }

    static List<Map<String, String>> read(String what, String text, List<String> columns) {
        CsvReader reader = CsvReader.over(text, CsvReader.delimiterOf(text));
        List<String> header = reader.next();
        if (header == null) {
            throw new InvalidInputException(what, "(empty)", "CSV with a header row of " + String.join(", ", columns));
        }
        List<String> names = new ArrayList<>();
        for (String cell : header) {
            names.add(column(what, cell.trim(), columns));
        }
        if (!names.contains("name")) {
            throw new InvalidInputException(what, String.join(",", header), "a header row with a name column");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < row.size() && i < names.size(); i++) {
                if (!row.get(i).isBlank()) {
                    cells.put(names.get(i), row.get(i).trim());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String column(String what, String cell, List<String> columns) {
        return columns.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(cell.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInputException(what, "column " + cell, "columns among " + String.join(", ", columns)));
    }

    /** The row's topic, for errors: its name, or its position when it has none. */
    static String topic(Map<String, String> row, int index) {
        return "topics[" + row.getOrDefault("name", String.valueOf(index)) + "]";
    }

    static Double number(Map<String, String> row, String column, String topic) {
        String v = row.get(column);
        try {
            return v == null ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(topic + "." + column, v, "a number");
        }
    }

    static Integer whole(Map<String, String> row, String column, String topic) {
        String v = row.get(column);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(topic + "." + column, v, "a whole number");
        }
    }
}
