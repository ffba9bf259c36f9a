package mskplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanField;
import mskplanner.app.plan.PlanFieldNames;
import mskplanner.engine.InvalidInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The plan request as flags, one per {@link PlanField} (its kebab-case name), built from the declaration rather than
 * annotated fields. Values given are kept by field, to be laid over {@code --file} or every profile of a batch.
 */
final class PlanOptions {
    private final Map<PlanField, Object> given = new EnumMap<>(PlanField.class);

    /** Adds every plan flag to a command, in declaration order. */
    void addTo(CommandSpec command) {
        for (PlanField field : PlanField.values()) {
            command.addOption(option(field));
        }
    }

    private OptionSpec option(PlanField field) {
        OptionSpec.Builder option = OptionSpec.builder(field.flag()).type(field.type()).description(description(field))
                .getter(new IGetter() {
                    @SuppressWarnings("unchecked")
                    @Override
                    public <T> T get() {
                        return (T) given.get(field);
                    }
                })
                .setter(new ISetter() {
                    @SuppressWarnings("unchecked")
                    @Override
                    public <T> T set(T value) {
                        return (T) (value == null ? given.remove(field) : given.put(field, value));
                    }
                });
        if (field.kind() == PlanField.Kind.YES_NO) {
            option.arity(field.flagValueOptional() ? "0..1" : "1")
                    .paramLabel(field.flagValueOptional() ? paramLabel(field) : "true|false");
        } else {
            option.arity("1").paramLabel(paramLabel(field));
        }
        return option.build();
    }

    /** E.g. "Consumer groups. Groups reading the full stream: ... (default: 1)". */
    static String description(PlanField field) {
        String unit = field.unit().isEmpty() ? "" : ", " + field.unit();
        String byDefault = field.derivedDefault().orElseGet(() -> field.defaultValue(null));
        String text = field.label() + unit + ". " + field.help() + (byDefault.isEmpty() ? "" : " (default: " + byDefault + ")");
        return text.replace("%", "%%"); // picocli formats descriptions
    }

    /** Rates, money and percentages show their unit; other values their field name, as picocli shows fields. */
    private static String paramLabel(PlanField field) {
        return switch (field.unit()) {
            case "MB/s", "MiB/s", "%", "USD" -> field.unit();
            default -> "<" + field.fieldName() + ">";
        };
    }

    /** The flags given, as JSON fields by their API names. */
    ObjectNode json() {
        ObjectNode node = Json.mapper().createObjectNode();
        given.forEach((field, value) -> node.set(field.fieldName(), Json.mapper().valueToTree(value)));
        return node;
    }

    /**
     * The engine's error with the fields named as the user typed them: the flag when it was given, or when there is
     * no {@code --file} (then every value came from a flag or a default); the JSON field of the file otherwise.
     */
    InvalidInputException named(InvalidInputException e, boolean fromFile) {
        if (e.field() != null && e.field().startsWith(mskplanner.app.plan.PlanRequest.TOPICS)) {
            return e; // a topic's field, named by its topic: not a flag
        }
        java.util.function.Function<PlanField, String> typed = f -> given.containsKey(f) || !fromFile ? f.flag() : f.fieldName();
        String field = PlanFieldNames.field(e.field(), typed);
        String allowed = PlanFieldNames.inText(e.allowed(), typed);
        return field.equals(e.field()) && allowed.equals(e.allowed()) ? e : new InvalidInputException(field, e.value(), allowed);
    }
}
