package mskplanner.app.plan.compare;

import java.util.List;
import mskplanner.app.plan.PlanRequest;

/**
 * {@code POST /api/v1/plan/compare}: 2 to {@value PlanComparison#MAX_SCENARIOS} plan requests to show side by side,
 * each with an optional label ("Scenario 1" ... by default).
 */
public record CompareRequest(List<Scenario> scenarios) {

    /** One column: a label and the plan request ({@code POST /api/v1/plan}'s body). */
    public record Scenario(String label, PlanRequest plan) {
    }
}
