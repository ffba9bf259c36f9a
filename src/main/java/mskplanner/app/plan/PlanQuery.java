package mskplanner.app.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mskplanner.app.Json;
import mskplanner.app.Representation;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.format.Format;

/**
 * Reads a {@link PlanRequest} from query parameters with the same names as the JSON fields ({@link PlanField}), so a
 * spreadsheet can {@code IMPORTDATA("https://.../api/v1/plan?avgIngressMBps=100&format=csv")}. Unknown parameters are
 * rejected by name, as unknown JSON fields are; the {@link Representation} parameters ({@code format}, {@code select},
 * {@code fields}, {@code header}, {@code delimiter}, {@code _}) are left to the endpoint.
 */
public final class PlanQuery {
    private PlanQuery() {
    }

    public static PlanRequest parse(Map<String, List<String>> parameters) {
        return parse(parameters, Set.of());
    }

    /** As {@link #parse(Map)}, also accepting the endpoint's own representation parameters (e.g. {@code crossovers}). */
    public static PlanRequest parse(Map<String, List<String>> parameters, Set<String> representation) {
        for (String name : parameters.keySet()) {
            if (PlanField.named(name).isEmpty() && !Representation.PARAMETERS.contains(name) && !representation.contains(name)) {
                throw new InvalidInputException(name, "(query parameter)", "one of: " + String.join(", ", PlanField.sortedNames())
                        + "; or, for the answer's form: " + String.join(", ", Representation.PARAMETERS));
            }
        }
        ObjectNode fields = Json.mapper().createObjectNode();
        for (PlanField field : PlanField.values()) {
            List<String> given = parameters.get(field.fieldName());
            Object value = given == null || given.isEmpty() ? null : value(field, given.get(given.size() - 1));
            if (value != null) {
                fields.set(field.fieldName(), Json.mapper().valueToTree(value));
            }
        }
        try {
            return Json.mapper().treeToValue(fields, PlanRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PlanField and PlanRequest disagree on a type", e);
        }
    }

    /**
     * The fields a request gives, as query parameter text in {@link PlanField} order: what {@link #parse} reads back
     * to the same request (numbers as typed, e.g. {@code 168}, not {@code 168.0}).
     */
    public static Map<String, String> values(PlanRequest request) {
        JsonNode tree = Json.mapper().valueToTree(request);
        Map<String, String> values = new LinkedHashMap<>();
        for (PlanField field : PlanField.values()) {
            JsonNode value = tree.get(field.fieldName());
            if (value != null && !value.isNull()) {
                values.put(field.fieldName(), value.isDouble() ? Format.plain(value.doubleValue())
                        : value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText());
            }
        }
        return values;
    }

    /** The typed value of one parameter; blank is "not given", so the model's default applies. */
    public static Object value(PlanField field, String raw) {
        String value = raw.trim();
        if (value.isEmpty()) {
            return null;
        }
        Class<?> type = field.type();
        try {
            if (type == Double.class) {
                return Double.valueOf(value);
            } else if (type == Integer.class) {
                return Integer.valueOf(value);
            } else if (type == Long.class) {
                return Long.valueOf(value);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(value);
            } else if (type == Boolean.class) {
                return bool(field, value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field.fieldName(), raw,
                    field.kind() == PlanField.Kind.NUMBER ? "a number" : "a whole number");
        }
    }

    private static Boolean bool(PlanField field, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field.fieldName(), value, field.range(null));
        };
    }
}
