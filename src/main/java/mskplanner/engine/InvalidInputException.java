package mskplanner.engine;

/**
 * A user-supplied value is outside what the model or AWS accepts. Carries the field, the value and what is allowed,
 * so every adapter can say all three (HTTP 400 problem+json, CLI exit 2).
 */
public final class InvalidInputException extends IllegalArgumentException {
    private final String field;
    private final String value;
    private final String allowed;

    public InvalidInputException(String field, Object value, String allowed) {
        this(field, display(value), allowed);
    }

    private InvalidInputException(String field, String value, String allowed) {
        super(field + " = " + value + " is not allowed: " + allowed);
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    /** 20000.0 reads as 20000: users typed a whole number. */
    private static String display(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String allowed() {
        return allowed;
    }

    /** The same error reported under a longer path, e.g. {@code clusters[2].brokers}. */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(prefix + "." + field, value, allowed);
    }
}
