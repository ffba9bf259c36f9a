package mskplanner.web.page;

import java.util.List;

/**
 * A fieldset of a form. An {@code advanced} group is folded away in a details element, and unfolds by itself when
 * one of its inputs is rejected or holds a value other than its default, so nothing that matters is hidden.
 */
public record FieldGroup(String legend, boolean advanced, List<Field> fields) {
    public FieldGroup {
        fields = List.copyOf(fields);
    }

    public boolean unfolded(FormState form) {
        return fields.stream().anyMatch(f -> form.error(f.name()) != null
                || !form.isBlank(f.name()) && !form.value(f.name()).trim().equals(f.defaultValue()));
    }

    public String id() {
        return "group-" + legend.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
