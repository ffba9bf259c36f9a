package mskplanner.engine.alternatives;

import mskplanner.engine.InvalidInputException;

/** Checks of user-supplied values; failures name the field, the value and what is allowed. */
final class Inputs {
    /** The longest calendar month has 31 x 24 hours. */
    static final double MAX_HOURS_PER_MONTH = 744;

    private Inputs() {
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, value, "a finite number >= 0");
        }
        return value;
    }

    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, value, "a finite number > 0");
        }
        return value;
    }

    static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new InvalidInputException(field, value, "a whole number >= " + min);
        }
        return value;
    }

    static double hoursPerMonth(double hours) {
        if (!(hours > 0 && hours <= MAX_HOURS_PER_MONTH)) {
            throw new InvalidInputException("hoursPerMonth", hours,
                    "a number of hours > 0 and <= 744 (730 is the usual average month)");
        }
        return hours;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "null", "a value (the field is required)");
        }
        return value;
    }
}
