package mskplanner.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.price.UnknownPriceException;

/** Turns the exceptions that mean "bad input" into problems; anything else is not the user's fault. */
public final class Problems {
    /** Jackson words it "Numeric value (2147483648) out of range of int (...)"; the value is not kept anywhere else. */
    private static final Pattern OUT_OF_RANGE_VALUE = Pattern.compile("^Numeric value \\(([^)]*)\\)");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);
    /** A Java name in a message (a fully qualified class name, `DeserializationFeature.X`): the server's, not the caller's. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:\\.[\\w$]+)*|\\b[A-Z]\\w*(?:Feature|Exception|Token)\\b(?:\\.[A-Z_]+)?");

    private Problems() {
    }

    public static Optional<Problem> of(Throwable error) {
        if (error instanceof InvalidInputException e) {
            return Optional.of(invalid(e));
        }
        if (error instanceof UnknownPriceException e) {
            return Optional.of(Problem.unknownPrice(e.getMessage()));
        }
        if (error instanceof JsonProcessingException e) {
            return Optional.of(fromJson(e));
        }
        return Optional.empty();
    }

    private static Problem invalid(InvalidInputException e) {
        return Problem.invalidInput(e.getMessage(), e.field(), e.value(), e.allowed());
    }

    private static Problem fromJson(JsonProcessingException e) {
        // Databind wraps the parser's own errors (a number out of range, a size limit); the inner one says what happened.
        if (e.getClass() == JsonMappingException.class && e.getCause() instanceof JsonProcessingException inner) {
            return fromJson(inner);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            String field = path(u);
            return Problem.invalidInput("unknown field '" + field + "'", field, u.getPropertyName(), "one of: " + known);
        }
        if (e instanceof InvalidFormatException f) {
            String field = path(f);
            String expected = describe(f.getTargetType());
            return Problem.invalidInput(field + " = " + f.getValue() + " is not allowed: " + expected, field,
                    String.valueOf(f.getValue()), expected);
        }
        if (e instanceof MismatchedInputException m && !path(m).isEmpty()) {
            String field = path(m);
            String expected = describe(m.getTargetType());
            return Problem.invalidInput(field + " has the wrong type: expected " + expected, field, null, expected);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && !trailing(m)) {
            String expected = describe(m.getTargetType());
            return Problem.invalidInput("the request body has the wrong type: expected " + expected, "body", null, expected);
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String field = duplicateKeyPath(e, duplicate.group(1));
            return Problem.invalidInput("field '" + field + "' is given twice" + where(e.getLocation()) + ": give each field once",
                    field, null, "each field once");
        }
        if (e instanceof InputCoercionException c) {
            String field = path(c.getProcessor());
            Matcher m = OUT_OF_RANGE_VALUE.matcher(String.valueOf(c.getOriginalMessage()));
            String value = m.find() ? m.group(1) : null;
            String allowed = "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            return invalid(new InvalidInputException(field.isEmpty() ? "body" : field, value, allowed));
        }
        if (e instanceof StreamConstraintsException) {
            return tooLarge(e);
        }
        return Problem.invalidInput("malformed JSON" + where(e.getLocation()) + ": " + withoutInternals(firstLine(e.getOriginalMessage())),
                null, null, "a JSON object");
    }

    /** Jackson's limits, worded for the user rather than for the server's developer. */
    private static Problem tooLarge(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return Problem.invalidInput("request JSON is nested too deeply", null, null, "at most 64 levels of nesting");
        }
        if (message.startsWith("Number value length")) {
            return Problem.invalidInput("a number (or a string read as a number) in the request is longer than 1000 characters"
                    + where(e.getLocation()), null, null, "numbers of at most 1000 characters");
        }
        return Problem.invalidInput("a value in the request is too long" + where(e.getLocation()), null, null,
                "shorter strings and numbers");
    }

    /** The JSON path of the failing value, e.g. {@code clusters[1].brokers}. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The JSON path where the parser stopped, e.g. {@code clusters[0].brokers}. */
    private static String path(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0 && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static boolean trailing(MismatchedInputException m) {
        return String.valueOf(m.getOriginalMessage()).startsWith("Trailing token");
    }

    /** The duplicated key with the path of the object it is in, e.g. {@code clusters[0].brokers}. */
    private static String duplicateKeyPath(JsonProcessingException e, String key) {
        String parent = e.getProcessor() instanceof JsonParser p ? path(p) : "";
        // The parser stands on the duplicated key itself, so its path already ends with it.
        return parent.isEmpty() ? key : parent.endsWith(key) ? parent : parent + "." + key;
    }

    /**
     * Jackson's message less what names the server's code: hints to enable parser features, the Java types it was
     * binding to and the tokens it saw. docs/security.md promises no class names in answers.
     */
    static String withoutInternals(String message) {
        String s = withoutHints(message)
                .replaceAll("\\s*\\(token `[^`]*`\\)", "")
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "")
                .replaceAll(":?\\s*not allowed as per `[^`]*`(\\s*\\([^)]*\\))?", ", which is not allowed")
                .replaceAll("(value of )?type `[^`]*`", "the expected type")
                .replaceAll("`[^`]*`", "");
        return JAVA_NAME.matcher(s).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }

    /** Jackson suggests parser features to enable: advice for the server's code, not for the caller. */
    private static String withoutHints(String message) {
        return message.replaceAll("[:;,]?\\s*(enable|use) `[^`]*` to allow.*$", "")
                .replaceAll("\\s*\\(?from `[^`]*`\\)?", "");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a JSON object";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
