package mskplanner.web.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON schemas of the contract's records, read from the records themselves (a component is a property, as Jackson
 * writes it), so the document cannot drift from the answers. Nested records become named components.
 */
final class OpenApiSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> components = new TreeMap<>();

    /** A reference to the schema of {@code record}, registering it (and what it holds) as components. */
    ObjectNode ref(Class<?> record) {
        String name = name(record);
        if (!components.containsKey(name)) {
            ObjectNode schema = JSON.objectNode().put("type", "object");
            components.put(name, schema);
            ObjectNode properties = schema.putObject("properties");
            var required = schema.putArray("required");
            for (RecordComponent c : record.getRecordComponents()) {
                properties.set(c.getName(), of(c.getGenericType()));
                required.add(c.getName());
            }
        }
        return JSON.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    /** The schema of a value of {@code type}; a boxed number or an object may be null. */
    ObjectNode of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", of(p.getActualTypeArguments()[0]));
                return array.put("nullable", true);
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = JSON.objectNode().put("type", "object");
                map.set("additionalProperties", of(p.getActualTypeArguments()[1]));
                return map.put("nullable", true);
            }
        }
        if (!(type instanceof Class<?> c)) {
            return JSON.objectNode();
        }
        if (c.isRecord()) {
            // A $ref takes no siblings in OpenAPI 3.0: wrapping it is how a nullable reference is written.
            ObjectNode nullable = JSON.objectNode().put("nullable", true);
            nullable.putArray("allOf").add(ref(c));
            return nullable;
        }
        if (c.isEnum()) {
            ObjectNode choice = JSON.objectNode().put("type", "string");
            for (Object constant : c.getEnumConstants()) {
                choice.withArray("enum").add(constant.toString());
            }
            return choice;
        }
        return scalar(c);
    }

    Map<String, ObjectNode> components() {
        return components;
    }

    private static ObjectNode scalar(Class<?> c) {
        ObjectNode s = JSON.objectNode();
        if (c == double.class || c == float.class) {
            return s.put("type", "number");
        }
        if (c == int.class || c == long.class) {
            return s.put("type", "integer");
        }
        if (c == boolean.class) {
            return s.put("type", "boolean");
        }
        if (c == Double.class || c == Float.class || c == BigDecimal.class) {
            s.put("type", "number");
        } else if (c == Integer.class || c == Long.class) {
            s.put("type", "integer");
        } else if (c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c == String.class) {
            s.put("type", "string");
        }
        return s.put("nullable", true);
    }

    /** {@code PlanResponse.Workload} for a nested record, so two nested {@code Workload}s do not collide. */
    private static String name(Class<?> record) {
        String name = record.getName().substring(record.getPackageName().length() + 1);
        return name.replace('$', '.');
    }
}
