package mskplanner.web.page;

import java.util.ArrayList;
import java.util.List;

/**
 * One input as a printed page shows it, where the form itself is not printed: its label and what was typed, or the
 * default that applied when it was left blank.
 */
public record PrintedInput(String label, String value) {
    /** Every field of the form, blank ones as their default. */
    public static List<PrintedInput> all(List<Field> fields, FormState form) {
        List<PrintedInput> printed = new ArrayList<>(fields.size());
        for (Field f : fields) {
            printed.add(new PrintedInput(f.label(), shown(f, form.value(f.name()))));
        }
        return printed;
    }

    /** The fields that hold a value, each label prefixed (e.g. {@code Cluster 1: Brokers}). */
    public static List<PrintedInput> filled(String prefix, List<Field> fields, FormState form) {
        List<PrintedInput> printed = new ArrayList<>();
        for (Field f : fields) {
            String typed = form.value(f.name());
            if (typed != null && !typed.isBlank()) {
                printed.add(new PrintedInput(prefix + ": " + f.label(), shown(f, typed)));
            }
        }
        return printed;
    }

    private static String shown(Field f, String typed) {
        String unit = f.unit() == null || f.unit().isEmpty() ? "" : " " + f.unit();
        if (typed == null || typed.isBlank()) {
            return f.defaultValue().isEmpty() ? "default" : "default (" + f.defaultValue() + unit + ")";
        }
        String text = f.options().stream().filter(o -> o.value().equals(typed)).map(Field.Option::text).findFirst()
                .orElse(typed);
        return text + (f.options().isEmpty() ? unit : "");
    }
}
