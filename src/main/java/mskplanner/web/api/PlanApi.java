package mskplanner.web.api;

import io.javalin.http.Context;
import mskplanner.app.plan.PlanFormats;
import mskplanner.app.plan.PlanQuery;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;

/** {@code POST /api/v1/plan} (JSON body) and {@code GET /api/v1/plan?...} (the same fields as query parameters). */
public final class PlanApi {
    private final PlanService service;

    public PlanApi(PlanService service) {
        this.service = service;
    }

    public void post(Context ctx) throws Exception {
        respond(ctx, Responses.body(ctx, PlanRequest.class));
    }

    public void get(Context ctx) throws Exception {
        respond(ctx, PlanQuery.parse(ctx.queryParamMap()));
    }

    private void respond(Context ctx, PlanRequest request) throws Exception {
        boolean csv = Responses.wantsCsv(ctx);
        PlanResponse response = service.plan(request);
        if (csv) {
            Responses.csv(ctx, PlanFormats.csv(response), "plan.csv");
        } else {
            Responses.json(ctx, response);
        }
    }
}
