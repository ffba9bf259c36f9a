package mskplanner.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import mskplanner.engine.InvalidInputException;

/**
 * {@code select=PATH}: one value of a JSON answer as plain text, for spreadsheet functions that show a single cell
 * ({@code WEBSERVICE}, which also fails above 32,767 characters). The path is field names and array indexes joined by
 * dots ({@code recommended.overall.monthlyUsd}, {@code options.0.brokers}; {@code options[0]} is read alike). Numbers
 * are written as in the JSON, text without quotes, null as an empty answer. A path that leads nowhere, or to an object
 * or array, is refused naming what is there instead.
 */
public final class Select {
    public static final String PARAMETER = "select";
    /** Longer lists of field names are cut in messages: enough to spot the one meant. */
    private static final int MAX_LISTED = 40;

    /** The API's mapper, keeping a BigDecimal's scale in the tree: 29833.60 is answered as the JSON writes it, not 29833.6. */
    private static final ObjectMapper TREE = Json.mapper().copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Select() {
    }

    /** The value at {@code path} in {@code answer} (a JSON answer record), as text. */
    public static String pick(Object answer, String path) {
        return pick(TREE.valueToTree(answer), path);
    }

    /** The value at {@code path} in {@code root}, as text. */
    static String pick(JsonNode root, String path) {
        List<String> steps = steps(path);
        JsonNode node = root;
        StringBuilder at = new StringBuilder();
        for (String step : steps) {
            node = step(node, step, at.isEmpty() ? "the answer" : at.toString(), path);
            at.append(at.isEmpty() ? "" : ".").append(step);
        }
        return text(node, path);
    }

    private static List<String> steps(String path) {
        String normal = path.strip().replaceAll("\\[(\\d+)]", ".$1");
        List<String> steps = new ArrayList<>(List.of(normal.split("\\.", -1)));
        if (normal.isEmpty() || steps.contains("")) {
            throw new InvalidInputException(PARAMETER, path, "a path of field names and indexes joined by dots, "
                    + "e.g. recommended.overall.monthlyUsd or options.0.brokers");
        }
        return steps;
    }

    private static JsonNode step(JsonNode node, String step, String at, String path) {
        if (node.isObject()) {
            JsonNode next = node.get(step);
            if (next == null) {
                throw new InvalidInputException(PARAMETER, path, at + " has no field '" + step + "'; its fields are: " + names(node));
            }
            return next;
        }
        if (node.isArray()) {
            int index = index(step);
            if (index < 0 || index >= node.size()) {
                throw new InvalidInputException(PARAMETER, path, at + " is a list of " + node.size() + " items, so '" + step
                        + "' must be an index from 0 to " + (node.size() - 1));
            }
            return node.get(index);
        }
        throw new InvalidInputException(PARAMETER, path, at + " is " + (node.isNull() ? "null" : "the single value "
                + node.asText()) + ", so it has no '" + step + "'");
    }

    private static String text(JsonNode node, String path) {
        if (node.isObject()) {
            throw new InvalidInputException(PARAMETER, path, "a single value, but this is an object: select one of its fields: "
                    + names(node));
        }
        if (node.isArray()) {
            throw new InvalidInputException(PARAMETER, path, "a single value, but this is a list of " + node.size()
                    + " items: add an index, e.g. " + path.strip() + ".0");
        }
        if (node.isNull()) {
            return "";
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }

    private static int index(String step) {
        try {
            return step.chars().allMatch(Character::isDigit) ? Integer.parseInt(step) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext() && names.size() < MAX_LISTED; ) {
            names.add(it.next());
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names) + (object.size() > MAX_LISTED ? ", ..." : "");
    }
}
