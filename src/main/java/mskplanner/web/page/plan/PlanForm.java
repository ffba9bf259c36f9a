package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mskplanner.pricing.PricingData;
import mskplanner.web.page.Field;
import mskplanner.web.page.FieldGroup;
import mskplanner.web.page.FormState;
import mskplanner.web.page.RequestJson;

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

    /** The plan request in the API's JSON shape; blank inputs are left out so the API's defaults apply. */
    public ObjectNode request(FormState form) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        fields.forEach(f -> RequestJson.put(json, f, form.value(f.name())));
        return json;
    }

    /** The input an API error on {@code field} belongs to: the one of the same name, or the form as a whole. */
    public String inputFor(String field) {
        return field != null && fields.stream().anyMatch(f -> f.name().equals(field)) ? field : FormState.FORM;
    }

    public String labelOf(String input) {
        return fields.stream().filter(f -> f.name().equals(input)).map(Field::label).findFirst().orElse("Request");
    }
}
