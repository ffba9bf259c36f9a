package mskplanner.app.plan.compare;

import java.util.Objects;
import mskplanner.app.plan.PlanResponse;

/**
 * One column of a comparison: its label, the link to the plan page of the same inputs, and the plan itself.
 *
 * @param planUrl the {@code /plan?...} link, relative to the server
 */
public record ComparedScenario(String label, String planUrl, PlanResponse plan) {
    public ComparedScenario {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(planUrl, "planUrl");
        Objects.requireNonNull(plan, "plan");
    }
}
