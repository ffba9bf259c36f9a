package mskplanner.engine;

import mskplanner.engine.format.Format;

/**
 * The checks of user input, for every request the engine takes (plans, estimates, right-sizing, alternatives): each
 * failure names the field, the value and what is allowed, and becomes a 400, an exit code 2 or a message by the form.
 */
public final class Inputs {
    /** Rates above 1 TB/s are typos, and would overflow broker counts. */
    public static final double MAX_RATE_MBPS = 1_000_000;

    /** Kafka sizes messages with a 32-bit int ({@code message.max.bytes}); a message has at least one byte. */
    public static final double MAX_MESSAGE_BYTES = Integer.MAX_VALUE;

    /** The longest calendar month has 31 x 24 hours. */
    public static final double MAX_HOURS_PER_MONTH = 744;

    private Inputs() {
    }

    /** An average message size in bytes: a fraction of a byte would make records per second overflow. */
    public static double messageBytes(String field, double value) {
        return between(field, value, 1, MAX_MESSAGE_BYTES);
    }

    public static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, value, "a finite number > 0");
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, value, "a finite number >= 0");
        }
        return value;
    }

    public static double rate(String field, double value) {
        return positiveAtMost(field, value, MAX_RATE_MBPS);
    }

    public static double positiveAtMost(String field, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new InvalidInputException(field, value, "a number > 0 and <= " + Format.plain(max));
        }
        return value;
    }

    public static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new InvalidInputException(field, value, "a whole number >= " + min);
        }
        return value;
    }

    public static double fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new InvalidInputException(field, value, "a number > 0 and <= 1");
        }
        return value;
    }

    public static double between(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidInputException(field, value, "a number from " + Format.plain(min) + " to " + Format.plain(max));
        }
        return value;
    }

    /** Hours billed per month, for every bill: 730 is AWS's average month, 744 the longest. */
    public static double hoursPerMonth(double hours) {
        if (!(hours > 0 && hours <= MAX_HOURS_PER_MONTH)) {
            throw new InvalidInputException("hoursPerMonth", hours, hoursPerMonthRange());
        }
        return hours;
    }

    /** What {@link #hoursPerMonth} accepts, as its error says it (and the form and the flag's help). */
    public static String hoursPerMonthRange() {
        return "a number of hours > 0 and <= " + Format.plain(MAX_HOURS_PER_MONTH) + " (730 is the usual average month)";
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "null", "a value (the field is required)");
        }
        return value;
    }
}
