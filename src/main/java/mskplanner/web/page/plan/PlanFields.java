package mskplanner.web.page.plan;

import java.util.Arrays;
import java.util.List;
import mskplanner.app.plan.PlanField;
import mskplanner.app.plan.PlanFieldGroup;
import mskplanner.pricing.PricingData;
import mskplanner.web.page.Field;
import mskplanner.web.page.Field.Option;
import mskplanner.web.page.FieldGroup;

/**
 * The plan form's inputs: a view of {@link PlanField}, named as the plan API's request fields (so a results URL is
 * also an API call) and grouped as declared. Defaults are pre-filled so the visitor sees what is assumed; an input
 * whose default follows from others starts blank and its help says what blank means.
 */
final class PlanFields {
    private PlanFields() {
    }

    static List<FieldGroup> groups(PricingData pricing) {
        return Arrays.stream(PlanFieldGroup.values())
                .map(g -> new FieldGroup(g.legend(), g.folded(), Arrays.stream(PlanField.values())
                        .filter(f -> f.group() == g).map(f -> input(f, pricing)).toList()))
                .toList();
    }

    private static Field input(PlanField field, PricingData pricing) {
        String value = field.formValue(pricing);
        String help = value.isEmpty() && field.derivedDefault().isPresent()
                ? field.help() + " Empty = " + field.derivedDefault().get() + "." : field.help();
        List<Option> options = field.choices(pricing).stream().map(c -> new Option(c.value(), c.text())).toList();
        return new Field(field.fieldName(), field.label(), field.unit(), help, kind(field.kind()), value, options);
    }

    private static Field.Kind kind(PlanField.Kind kind) {
        return switch (kind) {
            case NUMBER -> Field.Kind.NUMBER;
            case WHOLE_NUMBER -> Field.Kind.WHOLE_NUMBER;
            case CHOICE -> Field.Kind.SELECT;
            case YES_NO -> Field.Kind.YES_NO;
        };
    }
}
