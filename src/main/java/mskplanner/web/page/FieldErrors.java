package mskplanner.web.page;

import mskplanner.api.Problem;

/** Words an API problem as the message beside the input it concerns. */
final class FieldErrors {
    private FieldErrors() {
    }

    /** E.g. {@code "5" is not allowed: a multiple of the 3 availability zones}, quoting what was typed. */
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
