package mskplanner.web.page.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mskplanner.pricing.PricingData;
import mskplanner.web.page.Field;
import mskplanner.web.page.FieldGroup;
import mskplanner.web.page.FormState;

/** The plan form: the plan API's request fields as inputs of the same names. */
public final class PlanForm {
    private final List<FieldGroup> groups;
    private final List<Field> fields;

    public PlanForm(PricingData pricing) {
        this.groups = PlanFields.groups(pricing);
        this.fields = groups.stream().flatMap(g -> g.fields().stream()).toList();
    }

    public List<FieldGroup> groups() {
        return groups;
    }

    public List<Field> fields() {
        return fields;
    }

    public FormState defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.name(), f.defaultValue()));
        return FormState.of(values);
    }

    /** True when the query carries any input of the form: the visitor asked for a plan. */
    public boolean isSubmitted(Map<String, List<String>> query) {
        return fields.stream().anyMatch(f -> query.containsKey(f.name()));
    }

    /** The submitted values exactly as typed; an input missing from the query is blank (the API default applies). */
    public FormState read(Map<String, List<String>> query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : fields) {
            List<String> v = query.get(f.name());
            values.put(f.name(), v == null || v.isEmpty() ? "" : v.get(0));
        }
        return FormState.of(values);
    }

    /** The plan API's query parameters: the inputs that hold a value, trimmed; blank ones take the API's default. */
    public Map<String, List<String>> parameters(FormState form) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Field f : fields) {
            String value = form.value(f.name()).trim();
            if (!value.isEmpty()) {
                parameters.put(f.name(), List.of(value));
            }
        }
        return parameters;
    }

    /** The input an API error on {@code field} belongs to: the one of the same name, or the form as a whole. */
    public String inputFor(String field) {
        return field != null && fields.stream().anyMatch(f -> f.name().equals(field)) ? field : FormState.FORM;
    }

    public String labelOf(String input) {
        return fields.stream().filter(f -> f.name().equals(input)).map(Field::label).findFirst().orElse("Request");
    }
}
