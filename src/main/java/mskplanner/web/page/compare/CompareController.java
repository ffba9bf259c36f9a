package mskplanner.web.page.compare;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mskplanner.app.Problem;
import mskplanner.app.Problems;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanService;
import mskplanner.app.plan.compare.CompareRequest;
import mskplanner.app.plan.compare.CompareService;
import mskplanner.app.plan.compare.PlanComparison;
import mskplanner.web.page.Nav;
import mskplanner.web.page.PageFrame;
import mskplanner.web.page.PageFrames;
import mskplanner.web.page.PlanLink;

/**
 * {@code GET /compare?a=<plan query>&b=...&c=...&d=...}: up to four plan queries (URL-encoded, or whole plan page
 * links) side by side. Blank boxes are left out; two or more that plan give the table.
 */
public final class CompareController {
    public static final String PATH = "/compare";
    static final List<String> INPUTS = List.of("a", "b", "c", "d");

    private final PageFrames frames;
    private final PlanService plans;
    private final CompareService compare;

    public CompareController(PageFrames frames, PlanService plans, CompareService compare) {
        this.frames = frames;
        this.plans = plans;
        this.compare = compare;
    }

    public void page(Context ctx) throws Exception {
        List<ScenarioInput> inputs = new ArrayList<>();
        List<CompareRequest.Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < INPUTS.size(); i++) {
            String name = INPUTS.get(i);
            String typed = ctx.queryParam(name) == null ? "" : ctx.queryParam(name);
            String label = "Scenario " + name.toUpperCase(java.util.Locale.ROOT);
            String error = typed.isBlank() ? null : check(name, typed, label, scenarios);
            inputs.add(new ScenarioInput(name, label, typed, error));
        }
        boolean errors = inputs.stream().anyMatch(ScenarioInput::hasError);
        CompareTable table = null;
        String notice = null;
        if (errors) {
            ctx.status(400);
        } else if (scenarios.size() >= PlanComparison.MIN_SCENARIOS) {
            table = CompareTable.of(compare.compare(new CompareRequest(scenarios), PlanLink::of));
        } else {
            notice = "Enter at least " + PlanComparison.MIN_SCENARIOS + " scenarios: paste plan page links or plan queries.";
        }
        render(ctx, new ComparePage(frame(scenarios), inputs, table, notice));
    }

    /** Plans nothing yet: checks the scenario as the plan would, and keeps it; the error in words, or null. */
    private String check(String name, String typed, String label, List<CompareRequest.Scenario> scenarios) throws Exception {
        try {
            PlanRequest request = ScenarioQuery.parse(name, typed);
            plans.check(request);
            scenarios.add(new CompareRequest.Scenario(label, request));
            return null;
        } catch (Exception e) {
            Problem problem = Problems.of(e).orElseThrow(() -> e);
            return problem.detail();
        }
    }

    private PageFrame frame(List<CompareRequest.Scenario> scenarios) {
        String region = scenarios.isEmpty() ? null : scenarios.get(0).plan().region();
        return frames.frame("Compare plans", Nav.COMPARE, region, List.of());
    }

    private static void render(Context ctx, ComparePage page) {
        ctx.render("compare.jte", Map.of("page", page));
    }
}
