package mskplanner.app.plan.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mskplanner.app.Csv;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanFormats;

/**
 * A batch's rows as CSV ({@code profile}, the plan's first CSV columns, {@code error}, the plan's later columns, then
 * {@code label}: columns are only added at the end), or as JSON (the same fields, camelCase); the CLI's text
 * table is cli.BatchTable.
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
        return Csv.row(csvCells(row));
    }

    /** The cells of one row in {@link #CSV_HEADER} order. */
    static List<Object> csvCells(BatchRow row) {
        List<Object> plan = row.ok() ? row.cells() : Collections.nCopies(PlanFormats.CSV_HEADER.size(), null);
        List<Object> cells = new ArrayList<>(CSV_HEADER.size());
        cells.add(row.profile());
        cells.addAll(plan.subList(0, PlanFormats.FIRST_CSV_COLUMNS));
        cells.add(row.error());
        cells.addAll(plan.subList(PlanFormats.FIRST_CSV_COLUMNS, plan.size()));
        cells.add(row.label());
        return cells;
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
        List<Object> cells = csvCells(row);
        for (int i = 0; i < CSV_HEADER.size(); i++) {
            o.putPOJO(camelCase(CSV_HEADER.get(i)), cells.get(i));
        }
        return o;
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("profile");
        h.addAll(PlanFormats.CSV_HEADER.subList(0, PlanFormats.FIRST_CSV_COLUMNS));
        h.add("error");
        h.addAll(PlanFormats.CSV_HEADER.subList(PlanFormats.FIRST_CSV_COLUMNS, PlanFormats.CSV_HEADER.size()));
        h.add(BatchReader.LABEL);
        return List.copyOf(h);
    }

    /** The JSON answer's names of the rows' fields: the CSV columns in camelCase ({@code monthly-usd} is {@code monthlyUsd}). */
    public static List<String> jsonFields() {
        return CSV_HEADER.stream().map(BatchFormats::camelCase).toList();
    }

    private static String camelCase(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("-")) {
            sb.append(sb.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return sb.toString();
    }
}
