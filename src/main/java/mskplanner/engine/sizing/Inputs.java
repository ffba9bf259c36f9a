package mskplanner.engine.sizing;

import mskplanner.engine.InvalidInputException;

/** Checks of user input whose errors name the request field, the value and what is allowed. */
public final class Inputs {
    /** Rates above 1 TB/s are typos, and would overflow broker counts. */
    public static final double MAX_RATE_MBPS = 1_000_000;

    /** Kafka sizes messages with a 32-bit int ({@code message.max.bytes}); a message has at least one byte. */
    public static final double MAX_MESSAGE_BYTES = Integer.MAX_VALUE;

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

    public static double rate(String field, double value) {
        return positiveAtMost(field, value, MAX_RATE_MBPS);
    }

    public static double positiveAtMost(String field, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new InvalidInputException(field, value, "a number > 0 and <= " + plain(max));
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
            throw new InvalidInputException(field, value, "a number from " + plain(min) + " to " + plain(max));
        }
        return value;
    }

    /** A number without a trailing {@code .0} when it is whole. */
    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
