package mskplanner.web.page.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import mskplanner.app.Problem;
import mskplanner.app.plan.PlanField;
import mskplanner.app.plan.PlanFieldNames;
import mskplanner.pricing.PricingData;
import mskplanner.web.page.ErrorLink;
import mskplanner.web.page.Field;
import mskplanner.web.page.FieldErrors;
import mskplanner.web.page.FieldGroup;
import mskplanner.web.page.FormState;
import mskplanner.web.page.TopicsView;

/** The plan form: the plan API's request fields as inputs of the same names. */
public final class PlanForm {
    /** Digits grouped in threes by commas, with an optional decimal part: a thousands separator, not a decimal comma. */
    private static final Pattern THOUSANDS = Pattern.compile("\\s*-?\\d{1,3}(,\\d{3})+(\\.\\d+)?\\s*");

    /** The inventory inputs beside the plan fields: a pasted inventory, its file, and throughput per topic. */
    public static final String TOPICS = TopicsView.TOPICS;
    public static final String TOPICS_FILE = TopicsView.TOPICS_FILE;
    public static final String TOPIC_THROUGHPUT = TopicsView.TOPIC_THROUGHPUT;
    /**
     * The cluster's peak beside an inventory, sent as {@code peakIngressMBps}: the form's own peak input holds an
     * example workload's and is not sent with an inventory, so this one is blank (the sum of the topics' peaks) unless
     * typed.
     */
    public static final String CLUSTER_PEAK = "clusterPeakIngressMBps";
    /** The form's traffic inputs, left out of a plan with an inventory: the topics' sums replace them. */
    public static final List<PlanField> REPLACED_BY_TOPICS = List.of(PlanField.AVG_INGRESS_MBPS, PlanField.PEAK_INGRESS_MBPS,
            PlanField.AVG_EGRESS_MBPS, PlanField.PEAK_EGRESS_MBPS, PlanField.MESSAGES_PER_SECOND);

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
        return fields.stream().anyMatch(f -> query.containsKey(f.name())) || query.containsKey(TOPICS);
    }

    /** The submitted values exactly as typed; an input missing from the query is blank (the API default applies). */
    public FormState read(Map<String, List<String>> query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : fields) {
            List<String> v = query.get(f.name());
            String typed = v == null || v.isEmpty() ? "" : v.get(0);
            values.put(f.name(), isNumber(f) ? withoutGrouping(typed) : typed);
        }
        for (String input : List.of(TOPICS, TOPIC_THROUGHPUT, CLUSTER_PEAK)) {
            List<String> v = query.get(input);
            values.put(input, v == null || v.isEmpty() ? "" : v.get(0));
        }
        return FormState.of(values);
    }

    private static boolean isNumber(Field f) {
        return f.kind() == Field.Kind.NUMBER || f.kind() == Field.Kind.WHOLE_NUMBER;
    }

    /** "1,000" and "12,500.5" as people type them, read as 1000 and 12500.5; any other comma stays, and is refused. */
    static String withoutGrouping(String typed) {
        return THOUSANDS.matcher(typed).matches() ? typed.replace(",", "") : typed;
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
        if (CLUSTER_PEAK.equals(field)) {
            return CLUSTER_PEAK;
        }
        if (field != null && field.startsWith(TOPIC_THROUGHPUT)) {
            return TOPIC_THROUGHPUT;
        }
        if (field != null && field.startsWith(TOPICS)) {
            return TOPICS;
        }
        return field != null && fields.stream().anyMatch(f -> f.name().equals(field)) ? field : FormState.FORM;
    }

    /**
     * The form with an API problem beside its input, worded with the form's labels rather than the API's field names:
     * {@code Peak ingress: "60" is not allowed: expected at least Average ingress (100).}
     */
    public FormState withError(FormState state, Problem problem) {
        String input = inputFor(problem.field());
        if (input.equals(CLUSTER_PEAK)) {
            return state.withError(input, labelOf(input) + ": " + PlanFieldNames.inText(problem.detail(), PlanField::label)
                    .replaceFirst("^Peak ingress", "the cluster peak"));
        }
        if (input.equals(TOPICS) || input.equals(TOPIC_THROUGHPUT)) {
            // named by topic and field (topics[orders].retentionHours), as the inventory spells them
            return state.withError(input, labelOf(input) + ": " + problem.detail());
        }
        Problem worded = new Problem(problem.type(), problem.title(), problem.status(),
                PlanFieldNames.inText(problem.detail(), PlanField::label), problem.field(), problem.value(),
                PlanFieldNames.inText(problem.allowed(), PlanField::label));
        String message = FieldErrors.add(state, input, worded).error(input);
        return state.withError(input, input.equals(FormState.FORM) ? message : labelOf(input) + ": " + message);
    }

    /** The error summary's entry for an input: its label links to it, so the message need not repeat it. */
    public ErrorLink errorLink(String input, String message) {
        String label = labelOf(input);
        String prefix = label + ": ";
        return new ErrorLink(input, label, message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }

    public String labelOf(String input) {
        if (input.equals(TOPICS)) {
            return "Topic inventory";
        }
        if (input.equals(TOPIC_THROUGHPUT)) {
            return "Topic throughput";
        }
        if (input.equals(CLUSTER_PEAK)) {
            return "Cluster peak ingress";
        }
        return fields.stream().filter(f -> f.name().equals(input)).map(Field::label).findFirst().orElse("Request");
    }
}
