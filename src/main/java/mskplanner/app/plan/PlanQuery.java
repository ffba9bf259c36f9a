package mskplanner.app.plan;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mskplanner.engine.InvalidInputException;

/**
 * Reads a {@link PlanRequest} from query parameters with the same names as the JSON fields, so a spreadsheet can
 * {@code IMPORTDATA("https://.../api/v1/plan?avgIngressMBps=100&format=csv")}. Unknown parameters are rejected by name,
 * as unknown JSON fields are.
 */
public final class PlanQuery {
    /** Parameters that choose the representation, not the plan. */
    private static final Set<String> FORMAT_PARAMETERS = Set.of("format");

    private PlanQuery() {
    }

    public static PlanRequest parse(Map<String, List<String>> parameters) {
        return parse(parameters, Set.of());
    }

    /** As {@link #parse(Map)}, also accepting the endpoint's own representation parameters (e.g. {@code crossovers}). */
    public static PlanRequest parse(Map<String, List<String>> parameters, Set<String> representation) {
        RecordComponent[] components = PlanRequest.class.getRecordComponents();
        Set<String> known = new TreeSet<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
        }
        for (String name : parameters.keySet()) {
            if (!known.contains(name) && !FORMAT_PARAMETERS.contains(name) && !representation.contains(name)) {
                throw new InvalidInputException(name, "(query parameter)", "one of: " + String.join(", ", known));
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            List<String> given = parameters.get(components[i].getName());
            values[i] = given == null || given.isEmpty() ? null : convert(components[i].getName(), given.get(given.size() - 1), types[i]);
        }
        try {
            return PlanRequest.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("PlanRequest must have its canonical constructor", e);
        }
    }

    private static Object convert(String field, String raw, Class<?> type) {
        String value = raw.trim();
        if (value.isEmpty()) {
            return null;
        }
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
            throw new InvalidInputException(field, raw, type == Double.class || type == BigDecimal.class ? "a number" : "a whole number");
        }
    }

    private static Boolean bool(String field, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field, value, "true or false");
        };
    }
}
