package mskplanner.app.plan.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import mskplanner.app.Csv;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanFormats;

/**
 * A batch's rows as CSV ({@code profile}, the plan's CSV columns, {@code error}), as JSON (the same fields, camelCase),
 * for the CLI and the batch endpoint (the CLI's text table is cli.BatchTable).
 */
public final class BatchFormats {
    public static final List<String> CSV_HEADER = header();

    private BatchFormats() {
    }

    public static String csv(BatchResult result) {
        StringBuilder sb = new StringBuilder(Csv.row(CSV_HEADER));
        for (BatchRow row : result.rows()) {
            sb.append(csvRow(row));
        }
        return sb.toString();
    }

    static String csvRow(BatchRow row) {
        List<Object> cells = new ArrayList<>(CSV_HEADER.size());
        cells.add(row.profile());
        cells.addAll(row.ok() ? row.cells() : Collections.nCopies(PlanFormats.CSV_HEADER.size(), null));
        cells.add(row.error());
        return Csv.row(cells);
    }

    /** {@code {"profiles": n, "failed": k, "results": [{"profile": 1, "deployment": ..., "error": null}, ...]}}. */
    public static ObjectNode json(BatchResult result) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("profiles", result.rows().size());
        root.put("failed", result.failures().size());
        ArrayNode rows = root.putArray("results");
        for (BatchRow row : result.rows()) {
            rows.add(jsonRow(row));
        }
        return root;
    }

    static ObjectNode jsonRow(BatchRow row) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("profile", row.profile());
        for (int i = 0; i < PlanFormats.CSV_HEADER.size(); i++) {
            o.putPOJO(camelCase(PlanFormats.CSV_HEADER.get(i)), row.ok() ? row.cells().get(i) : null);
        }
        o.put("error", row.error());
        return o;
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("profile");
        h.addAll(PlanFormats.CSV_HEADER);
        h.add("error");
        return List.copyOf(h);
    }

    private static String camelCase(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("-")) {
            sb.append(sb.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return sb.toString();
    }
}
