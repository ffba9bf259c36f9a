package mskplanner.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Optional;
import java.util.stream.Collectors;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.price.UnknownPriceException;

/** Turns the exceptions that mean "bad input" into problems; anything else is not the user's fault. */
public final class Problems {
    private Problems() {
    }

    public static Optional<Problem> of(Throwable error) {
        if (error instanceof InvalidInputException e) {
            return Optional.of(Problem.invalidInput(e.getMessage(), e.field(), e.value(), e.allowed()));
        }
        if (error instanceof UnknownPriceException e) {
            return Optional.of(Problem.unknownPrice(e.getMessage()));
        }
        if (error instanceof JsonProcessingException e) {
            return Optional.of(fromJson(e));
        }
        return Optional.empty();
    }

    private static Problem fromJson(JsonProcessingException e) {
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
        if (e instanceof StreamConstraintsException) {
            return Problem.invalidInput("request JSON is nested too deeply", null, null, "at most 64 levels of nesting");
        }
        return Problem.invalidInput("malformed JSON" + where(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()),
                null, null, "a JSON object");
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
        if (java.util.Collection.class.isAssignableFrom(type)) {
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
