package mskplanner.web.page.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mskplanner.app.plan.AssumptionsDto;
import mskplanner.engine.format.Format;
import mskplanner.web.page.Step;

/**
 * Every factor of the answer's {@link AssumptionsDto}, labelled with its API field name and nested factors flattened
 * to {@code storageIoFactor.inUse}. Walks the record's components, so a factor added to the API shows up here.
 */
final class AssumptionSteps {
    private AssumptionSteps() {
    }

    static List<Step> of(AssumptionsDto assumptions) {
        List<Step> steps = new ArrayList<>();
        add("", assumptions, steps);
        return steps;
    }

    private static void add(String prefix, Record record, List<Step> steps) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            String name = prefix + c.getName();
            Object value = valueOf(c, record);
            if (value instanceof Record nested) {
                add(name + ".", nested, steps);
            } else if (value instanceof Double d) {
                steps.add(new Step(name, Format.exact(BigDecimal.valueOf(d))));
            } else if (value instanceof Integer i) {
                steps.add(new Step(name, Format.exact(BigDecimal.valueOf(i))));
            } else if (value != null) {
                steps.add(new Step(name, String.valueOf(value)));
            }
        }
    }

    private static Object valueOf(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("assumption " + c.getName() + " must be readable", e);
        }
    }
}
