package mskplanner.app.plan.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import mskplanner.app.CsvReader;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanField;
import mskplanner.engine.InvalidInputException;

/**
 * Reads the profiles of a batch: CSV with a header row of plan request field names (one profile per row, an empty
 * cell takes the default), or a JSON array of plan requests. CSV may be comma- or semicolon-delimited (told from the
 * header row); in semicolon CSV a decimal comma ({@code 12,5}) reads as a decimal point. One column (or JSON field)
 * named {@code label}, {@code name} or {@code scenario} (any case) is not a plan field but the profile's label,
 * echoed in its result row. A row that cannot be read is kept, with its reason, so
 * one bad row never fails the batch; only an unreadable body does (a header naming an unknown field, CSV with an
 * unclosed quote or text after a closing quote, JSON that is not an array).
 */
public final class BatchReader {
    /** 10,000 profiles take about a second; a hundred thousand is a long spreadsheet, and the body cap comes first. */
    public static final int MAX_PROFILES = 100_000;

    /** The columns a CSV batch may have: the plan request's field names. */
    public static final List<String> COLUMNS = PlanField.sortedNames();
    /** The result column that echoes a profile's label. */
    public static final String LABEL = "label";
    /** Input columns read as the label (compared ignoring case). */
    public static final List<String> LABEL_COLUMNS = List.of(LABEL, "name", "scenario");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");

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
        char delimiter = CsvReader.delimiterOf(body);
        List<List<String>> rows = new ArrayList<>();
        CsvReader reader = CsvReader.over(body, delimiter);
        for (List<String> r = reader.next(); r != null; r = reader.next()) {
            rows.add(r);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("body", "no rows", "a header row of plan fields, then one row per profile");
        }
        List<String> header = header(rows.get(0));
        checkCount(rows.size() - 1);
        List<BatchProfile> profiles = new ArrayList<>(rows.size() - 1);
        for (int i = 1; i < rows.size(); i++) {
            profiles.add(profile(i, header, rows.get(i), delimiter));
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
            profiles.add(fromJson(i + 1, element));
        }
        return profiles;
    }

    /** One element of a JSON batch: a plan request, with its label field (if any) taken out. */
    static BatchProfile fromJson(int number, JsonNode element) {
        if (!(element instanceof ObjectNode o)) {
            return BatchProfile.unreadable(number, "profile " + number + " is " + kind(element) + ", not a JSON object", null);
        }
        ObjectNode fields = o.deepCopy();
        String label = null;
        for (String name : o.properties().stream().map(java.util.Map.Entry::getKey).toList()) {
            if (isLabel(name)) {
                JsonNode value = fields.remove(name);
                if (label != null) {
                    return BatchProfile.unreadable(number, "profile " + number + " has more than one label field ("
                            + String.join(", ", LABEL_COLUMNS) + "): give one", label);
                }
                label = value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
            }
        }
        return BatchProfile.of(number, fields, label);
    }

    static boolean isLabel(String column) {
        return LABEL_COLUMNS.contains(column.toLowerCase(Locale.ROOT));
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
        boolean labelled = false;
        for (String name : names) {
            if (isLabel(name)) {
                if (labelled) {
                    throw new InvalidInputException("CSV header", name, "one label column (" + String.join(", ", LABEL_COLUMNS) + ")");
                }
                labelled = true;
                continue;
            }
            if (!COLUMNS.contains(name)) {
                throw new InvalidInputException("CSV header", name.isEmpty() ? "(empty)" : name, "plan fields, one of: "
                        + String.join(", ", COLUMNS) + "; or one label column (" + String.join(", ", LABEL_COLUMNS) + ")"
                        + (name.indexOf('\t') >= 0 ? "; cells separated by commas or semicolons, not tabs" : ""));
            }
            if (!seen.add(name)) {
                throw new InvalidInputException("CSV header", name, "each field once");
            }
        }
        return names;
    }

    static BatchProfile profile(int number, List<String> header, List<String> cells, char delimiter) {
        String label = null;
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            if (isLabel(header.get(i))) {
                label = cells.get(i).strip().isEmpty() ? null : cells.get(i).strip();
            }
        }
        if (cells.size() != header.size()) {
            return BatchProfile.unreadable(number, "row " + number + " has " + cells.size() + " cells, the header has "
                    + header.size() + (delimiter == ';' ? " (the header row is separated by semicolons)" : ""), label);
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i).strip();
            if (!value.isEmpty() && !isLabel(header.get(i))) {
                fields.put(header.get(i), delimiter == ';' && DECIMAL_COMMA.matcher(value).matches() ? value.replace(',', '.') : value);
            }
        }
        return BatchProfile.of(number, fields, label);
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
