package mskplanner.web.page.plan;

import java.util.List;
import mskplanner.web.page.ErrorLink;
import mskplanner.web.page.FieldGroup;
import mskplanner.web.page.FormState;
import mskplanner.web.page.PageFrame;
import mskplanner.web.page.PrintedInput;

/**
 * View model of {@code plan.jte}.
 *
 * @param frame layout data
 * @param form the values as typed and the errors beside them
 * @param groups the form's fieldsets
 * @param errors the error summary above the form
 * @param result the plan, or {@code null} before the first submit and after an error
 * @param notice a message in place of results, or {@code null}
 */
public record PlanPage(PageFrame frame, FormState form, List<FieldGroup> groups, List<ErrorLink> errors, PlanResult result,
                       String notice) {
    public PlanPage {
        groups = List.copyOf(groups);
        errors = List.copyOf(errors);
    }

    public boolean hasResult() {
        return result != null;
    }

    /** Every input with its value, for the printed page (which leaves the form out). */
    public List<PrintedInput> printedInputs() {
        return PrintedInput.all(groups.stream().flatMap(g -> g.fields().stream()).toList(), form);
    }
}
