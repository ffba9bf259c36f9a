package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reading the plan API's JSON answer, where a missing field is normal (parts of the answer are optional). */
final class Nodes {
    private Nodes() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static OptionalDouble number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
    }

    static double number(JsonNode node, String field, double fallback) {
        return number(node, field).orElse(fallback);
    }

    static int integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? v.asInt() : 0;
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? v.decimalValue() : null;
    }

    static boolean flag(JsonNode node, String field, boolean fallback) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isBoolean() ? v.asBoolean() : fallback;
    }

    static List<JsonNode> list(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(items::add);
        }
        return items;
    }

    static List<String> texts(JsonNode node, String field) {
        return list(node, field).stream().map(JsonNode::asText).toList();
    }
}
