package mskplanner.web.api;

import io.javalin.http.Context;
import mskplanner.app.plan.compare.CompareFormats;
import mskplanner.app.plan.compare.CompareRequest;
import mskplanner.app.plan.compare.CompareService;
import mskplanner.app.plan.compare.PlanComparison;
import mskplanner.web.page.PlanLink;

/**
 * {@code POST /api/v1/plan/compare}: 2 to 4 plan requests side by side, as JSON or as CSV ({@code format=csv} or
 * {@code Accept: text/csv}; one row per line, one column per scenario, laid out with {@code fields}, {@code header}
 * and {@code delimiter} as every CSV answer is).
 */
public final class CompareApi {
    public static final String PATH = "/api/v1/plan/compare";

    private final CompareService service;

    public CompareApi(CompareService service) {
        this.service = service;
    }

    public void post(Context ctx) throws Exception {
        boolean csv = Responses.wantsCsv(ctx);
        PlanComparison comparison = service.compare(Responses.body(ctx, CompareRequest.class), PlanLink::of);
        if (csv) {
            Responses.csv(ctx, CompareFormats.csv(comparison), "plan-compare.csv");
        } else {
            Responses.json(ctx, comparison);
        }
    }
}
