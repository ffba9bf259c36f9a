package mskplanner.web.page;

import mskplanner.app.Problem;

/** Words an API problem as the message beside the input it concerns, quoting what was typed there. */
public final class FieldErrors {
    private FieldErrors() {
    }

    /** Puts the problem on {@code input} (or above the form when it is {@link FormState#FORM}). */
    public static FormState add(FormState state, String input, Problem problem) {
        return state.withError(input, input.equals(FormState.FORM) ? problem.detail() : message(problem, state.value(input)));
    }

    /** E.g. {@code "5" is not allowed: expected a multiple of the 3 availability zones}. */
    static String message(Problem problem, String typed) {
        if (problem.allowed() == null) {
            return problem.detail();
        }
        if (typed == null || typed.isBlank()) {
            return "A value is needed here: " + problem.allowed() + ".";
        }
        return "\u201C" + typed.trim() + "\u201D is not allowed: expected " + problem.allowed() + ".";
    }
}
