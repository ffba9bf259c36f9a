package mskplanner.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form as the visitor left it: every value exactly as typed (never re-formatted, so nothing is lost on a re-render)
 * and the error of each rejected field, keyed by input name. Errors that belong to no input sit under {@link #FORM}.
 */
public record FormState(Map<String, String> values, Map<String, String> errors) {
    /** Key of an error about the request as a whole, shown above the form. */
    public static final String FORM = "";

    public FormState {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of());
    }

    public FormState withError(String name, String message) {
        Map<String, String> more = new LinkedHashMap<>(errors);
        more.put(name, message);
        return new FormState(values, more);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean isBlank(String name) {
        return value(name).isBlank();
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** {@code "true"} for a rejected field, else {@code null} so the template leaves {@code aria-invalid} out. */
    public String invalid(String name) {
        return errors.containsKey(name) ? "true" : null;
    }

    /** The ids of the help text and error message that describe an input, for {@code aria-describedby}. */
    public String describedBy(String name, boolean hasHelp) {
        String help = hasHelp ? helpId(name) : null;
        String error = errors.containsKey(name) ? errorId(name) : null;
        if (help == null) {
            return error;
        }
        return error == null ? help : help + " " + error;
    }

    public static String helpId(String name) {
        return name + "-help";
    }

    public static String errorId(String name) {
        return name + "-error";
    }
}
