package mskplanner.web.fuzz;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mskplanner.app.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Hostile JSON: numbers at and past every limit, wrong types, odd strings, and valid requests broken one place at a time. */
final class JsonFuzz {
    /** Numbers that break naive parsing: overflow, underflow, negative zero, past long, past double, non-JSON tokens. */
    static final List<String> EDGE_NUMBERS = List.of("0", "-0", "-0.0", "0.0e0", "1", "-1", "1e308", "-1e308", "1.8e308",
            "1e309", "1e400", "-1e400", "1e-320", "4.9e-324", "1e-400", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
            "1" + "0".repeat(400), "0." + "0".repeat(400) + "1", "1E+2", "1e0000000000000000001", "0.5", "2.5",
            "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "+1", "01", "-01", ".5", "5.", "0x10", "1_000", "1e", "--1");
    static final List<String> EDGE_STRINGS = List.of("\"\"", "\" \"", "\"null\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
            "\"1e400\"", "\"-0\"", "\"3\"", "\"3.0\"", "\"true\"", "\"<script>alert(1)</script>\"", "\"=cmd|' /C calc'!A0\"",
            "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\uFEFF\"", "\"kafka.m5.large\\u0000\"",
            "\"" + "x".repeat(100_000) + "\"", "\"standard\"", "\"express\"", "\"serverless\"", "\"connect\"", "\"us-east-1\"");
    static final List<String> EDGE_LITERALS = List.of("true", "false", "null", "[]", "{}", "[null]", "[[]]", "{\"\":null}",
            "[1,2,3]", "{\"type\":\"standard\"}");

    private JsonFuzz() {
    }

    static Arbitrary<String> edgeNumber() {
        return Arbitraries.oneOf(Arbitraries.of(EDGE_NUMBERS),
                Arbitraries.doubles().map(JsonFuzz::plain),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TWO.pow(63).negate().shiftLeft(8),
                        java.math.BigInteger.TWO.pow(63).shiftLeft(8)).map(String::valueOf));
    }

    /** Any JSON string: arbitrary unicode (lone surrogates and control characters included), escaped correctly. */
    static Arbitrary<String> jsonString() {
        return Arbitraries.oneOf(Arbitraries.of(EDGE_STRINGS),
                Arbitraries.strings().all().ofMaxLength(40).map(JsonFuzz::quoted));
    }

    static Arbitrary<String> scalar() {
        return Arbitraries.oneOf(edgeNumber(), jsonString(), Arbitraries.of(EDGE_LITERALS));
    }

    /** Random JSON (valid or with non-JSON number tokens) up to four levels deep, keys drawn partly from {@code keys}. */
    static Arbitrary<String> value(List<String> keys) {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(keys).map(JsonFuzz::quoted), jsonString());
        return Arbitraries.recursive(JsonFuzz::scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]"),
                Combinators.combine(key, inner).as((k, v) -> k + ":" + v).list().ofMaxSize(5)
                        .map(members -> "{" + String.join(",", members) + "}")), 0, 4);
    }

    /**
     * The valid request with one of its values (a number, a string, a whole object or array) replaced by {@code value},
     * which may be of the wrong type or not JSON at all.
     */
    static Arbitrary<String> withOneValueReplaced(String validJson, Arbitrary<String> value) {
        List<JsonPointer> paths = paths(read(validJson));
        return Combinators.combine(Arbitraries.of(paths), value).as((path, v) -> replace(validJson, path, v));
    }

    /** The valid request with a field removed, or an unknown or duplicated field added to one of its objects. */
    static Arbitrary<String> withFieldsChanged(String validJson, List<String> keys) {
        JsonNode tree = read(validJson);
        List<JsonPointer> objects = paths(tree).stream().filter(p -> tree.at(p).isObject()).toList();
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(keys), Arbitraries.strings().all().ofMaxLength(12));
        return Combinators.combine(Arbitraries.of(objects), key, scalar(), Arbitraries.integers().between(0, 2))
                .as((path, k, v, op) -> changeField(tree, path, k, v, op));
    }

    /** The valid request as text, broken by one to three character edits: deletions, insertions, truncation. */
    static Arbitrary<String> malformed(String validJson) {
        Arbitrary<Character> inserted = Arbitraries.oneOf(Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', '-', '.', 'e', '0'),
                Arbitraries.chars().all());
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, validJson.length()), inserted.map(c -> (int) c)).as((k, at, c) -> new int[] {k, at, c});
        return edit.list().ofMinSize(1).ofMaxSize(3).map(edits -> {
            StringBuilder sb = new StringBuilder(validJson);
            for (int[] e : edits) {
                int at = Math.min(e[1], sb.length());
                switch (e[0]) {
                    case 0 -> sb.insert(at, (char) e[2]);
                    case 1 -> sb.delete(at, Math.min(at + 1, sb.length()));
                    default -> sb.setLength(at);
                }
            }
            return sb.toString();
        });
    }

    static String nested(String open, String close, int levels, String inner) {
        return open.repeat(levels) + inner + close.repeat(levels);
    }

    private static String changeField(JsonNode original, JsonPointer path, String key, String value, int op) {
        JsonNode tree = original.deepCopy();
        ObjectNode target = (ObjectNode) tree.at(path);
        if (op == 0 && target.size() > 0) {
            target.remove(target.fieldNames().next());
            return write(tree);
        }
        String placeholder = "\u0001FUZZ\u0001";
        target.put(key, placeholder);
        String json = write(tree).replace(quoted(placeholder), value);
        // A duplicate key: Jackson keeps the last, a strict parser refuses. Either way it must not be a 5xx.
        return op == 2 ? json.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{" + quoted(key) + ":" + value + ",")) : json;
    }

    static String replace(String validJson, JsonPointer path, String value) {
        JsonNode tree = read(validJson);
        String placeholder = "\u0001FUZZ\u0001";
        if (path.matches()) {
            return value;
        }
        JsonNode parent = tree.at(path.head());
        if (parent instanceof ObjectNode o) {
            o.set(path.last().getMatchingProperty(), TextNode.valueOf(placeholder));
        } else if (parent instanceof ArrayNode a) {
            a.set(path.last().getMatchingIndex(), TextNode.valueOf(placeholder));
        }
        return write(tree).replace(quoted(placeholder), value);
    }

    /** Every node of the tree, by JSON pointer (the root included). */
    static List<JsonPointer> paths(JsonNode tree) {
        List<JsonPointer> out = new ArrayList<>();
        collect(tree, JsonPointer.empty(), out);
        return out;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> out) {
        out.add(at);
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), at.appendProperty(name), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at.appendIndex(i), out);
            }
        }
    }

    static String quoted(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(double d) {
        return Double.isFinite(d) ? String.valueOf(d) : "0";
    }

    static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the seed request is not JSON: " + e.getMessage(), e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return Json.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
