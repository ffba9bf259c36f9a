package mskplanner.web.page;

import mskplanner.engine.format.Format;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reading the plan API's JSON answer, where a missing field is normal (parts of the answer are optional). */
public final class Nodes {
    private Nodes() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    public static OptionalDouble number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
    }

    public static double number(JsonNode node, String field, double fallback) {
        return number(node, field).orElse(fallback);
    }

    public static int integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? v.asInt() : 0;
    }

    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? v.decimalValue() : null;
    }

    public static boolean flag(JsonNode node, String field, boolean fallback) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isBoolean() ? v.asBoolean() : fallback;
    }

    public static List<JsonNode> list(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(items::add);
        }
        return items;
    }

    public static List<String> texts(JsonNode node, String field) {
        return list(node, field).stream().map(JsonNode::asText).toList();
    }

    /** Every field of an object as a labelled value, nested objects flattened to {@code storageIoFactor.ingress}. */
    public static List<Step> flatten(JsonNode node) {
        List<Step> steps = new ArrayList<>();
        flatten("", node, steps);
        return steps;
    }

    private static void flatten(String prefix, JsonNode node, List<Step> steps) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), steps));
        } else if (node.isNumber()) {
            steps.add(new Step(prefix, Format.exact(node.decimalValue())));
        } else {
            steps.add(new Step(prefix, node.isArray() ? node.toString() : node.asText()));
        }
    }
}
