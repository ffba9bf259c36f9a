package mskplanner.app.plan.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;
import mskplanner.engine.InvalidInputException;

/**
 * Plans each scenario through the one {@link PlanService} and lines the plans up. A bad scenario is refused under its
 * path, e.g. {@code scenarios[1].plan.retentionHours}.
 */
public final class CompareService {
    /** Labels are column headers: a sentence is too long for one. */
    public static final int MAX_LABEL_CHARS = 60;
    static final String SCENARIOS = "scenarios";

    private final PlanService plans;

    public CompareService(PlanService plans) {
        this.plans = plans;
    }

    /**
     * The comparison of the request's scenarios.
     *
     * @param planUrl the link of the plan page for a request (the web layer knows how links are written)
     */
    public PlanComparison compare(CompareRequest request, Function<PlanRequest, String> planUrl) {
        List<CompareRequest.Scenario> scenarios = scenarios(request);
        List<String> labels = labels(scenarios);
        List<PlanRequest> requests = new ArrayList<>();
        List<PlanResponse> answers = new ArrayList<>();
        List<ComparedScenario> columns = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            PlanRequest plan = scenarios.get(i).plan();
            if (plan == null) {
                throw new InvalidInputException(at(i) + ".plan", null, "a plan request object, as POST /api/v1/plan takes");
            }
            PlanResponse answer = plan(plan, i);
            requests.add(plan);
            answers.add(answer);
            columns.add(new ComparedScenario(labels.get(i), planUrl.apply(plan), answer));
        }
        return new PlanComparison(columns, ComparisonRows.of(requests, answers, plans.pricing()));
    }

    private PlanResponse plan(PlanRequest plan, int index) {
        try {
            return plans.plan(plan);
        } catch (InvalidInputException e) {
            throw e.under(at(index) + ".plan");
        }
    }

    private static List<CompareRequest.Scenario> scenarios(CompareRequest request) {
        List<CompareRequest.Scenario> scenarios = request.scenarios();
        int count = scenarios == null ? 0 : scenarios.size();
        if (count < PlanComparison.MIN_SCENARIOS || count > PlanComparison.MAX_SCENARIOS) {
            throw new InvalidInputException(SCENARIOS, scenarios == null ? "(missing)" : count + " scenarios",
                    PlanComparison.MIN_SCENARIOS + " to " + PlanComparison.MAX_SCENARIOS + " scenarios, each {\"label\": ..., \"plan\": {...}}");
        }
        for (int i = 0; i < count; i++) {
            if (scenarios.get(i) == null) {
                throw new InvalidInputException(at(i), null, "a scenario object {\"label\": ..., \"plan\": {...}}");
            }
        }
        return scenarios;
    }

    /** The given labels, "Scenario N" where none is given; each column's label must be its own. */
    private static List<String> labels(List<CompareRequest.Scenario> scenarios) {
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String given = scenarios.get(i).label();
            String label = given == null || given.isBlank() ? "Scenario " + (i + 1) : given.strip();
            if (label.length() > MAX_LABEL_CHARS) {
                throw new InvalidInputException(at(i) + ".label", label, "at most " + MAX_LABEL_CHARS + " characters");
            }
            if (CompareFormats.FIRST_COLUMNS.contains(label)) {
                throw new InvalidInputException(at(i) + ".label", label, "a label other than "
                        + String.join(" or ", CompareFormats.FIRST_COLUMNS) + " (the CSV's first columns)");
            }
            if (!seen.add(label)) {
                throw new InvalidInputException(at(i) + ".label", label, "a label no other scenario has (labels are the CSV's columns)");
            }
            labels.add(label);
        }
        return labels;
    }

    private static String at(int index) {
        return SCENARIOS + "[" + index + "]";
    }
}
