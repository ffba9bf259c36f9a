package mskplanner.app.plan.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mskplanner.app.CsvReader;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanField;
import mskplanner.engine.InvalidInputException;

/**
 * Reads the profiles of a batch: CSV with a header row of plan request field names (one profile per row, an empty
 * cell takes the default), or a JSON array of plan requests. A row that cannot be read is kept, with its reason, so
 * one bad row never fails the batch; only an unreadable body does (a header naming an unknown field, CSV with an
 * unclosed quote, JSON that is not an array).
 */
public final class BatchReader {
    /** 10,000 profiles take about a second; a hundred thousand is a long spreadsheet, and the body cap comes first. */
    public static final int MAX_PROFILES = 100_000;

    /** The columns a CSV batch may have: the plan request's field names. */
    public static final List<String> COLUMNS = PlanField.sortedNames();

    private BatchReader() {
    }

    /** JSON when the body starts with {@code [} or <code>{</code>, CSV otherwise. */
    public static List<BatchProfile> read(String body) throws IOException {
        String trimmed = body.strip().replace("\uFEFF", "");
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("body", "(empty)", "CSV with a header row of plan fields, or a JSON array of plan requests");
        }
        return trimmed.startsWith("[") || trimmed.startsWith("{") ? fromJson(trimmed) : fromCsv(body);
    }

    static List<BatchProfile> fromCsv(String body) {
        List<List<String>> rows = CsvReader.parse(body);
        if (rows.isEmpty()) {
            throw new InvalidInputException("body", "no rows", "a header row of plan fields, then one row per profile");
        }
        List<String> header = header(rows.get(0));
        checkCount(rows.size() - 1);
        List<BatchProfile> profiles = new ArrayList<>(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            profiles.add(profile(i, header, rows.get(i)));
        }
        return profiles;
    }

    static List<BatchProfile> fromJson(String body) throws IOException {
        JsonNode tree = Json.mapper().readTree(body);
        if (!(tree instanceof ArrayNode array)) {
            throw new InvalidInputException("body", kind(tree), "a JSON array of plan requests, or CSV with a header row");
        }
        checkCount(array.size());
        List<BatchProfile> profiles = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            profiles.add(element instanceof ObjectNode o ? BatchProfile.of(i + 1, o)
                    : BatchProfile.unreadable(i + 1, "profile " + (i + 1) + " is " + kind(element) + ", not a JSON object"));
        }
        return profiles;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            case OBJECT -> "a JSON object";
            default -> "not an object";
        };
    }

    static List<String> header(List<String> cells) {
        List<String> names = cells.stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                throw new InvalidInputException("CSV header", name.isEmpty() ? "(empty)" : name, "plan fields, one of: " + String.join(", ", COLUMNS));
            }
            if (!seen.add(name)) {
                throw new InvalidInputException("CSV header", name, "each field once");
            }
        }
        return names;
    }

    static BatchProfile profile(int number, List<String> header, List<String> cells) {
        if (cells.size() != header.size()) {
            return BatchProfile.unreadable(number, "row " + number + " has " + cells.size() + " cells, the header has " + header.size());
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i).strip();
            if (!value.isEmpty()) {
                fields.put(header.get(i), value);
            }
        }
        return BatchProfile.of(number, fields);
    }

    static void checkCount(int profiles) {
        if (profiles == 0) {
            throw new InvalidInputException("body", "no profiles", "at least one profile");
        }
        if (profiles > MAX_PROFILES) {
            throw new InvalidInputException("body", profiles + " profiles", "at most " + MAX_PROFILES + " profiles per batch");
        }
    }
}
