package mskplanner.web.api;

import io.javalin.http.Context;
import mskplanner.app.estimate.EstimateFormats;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.app.estimate.EstimateResponse;
import mskplanner.app.estimate.EstimateService;

/** {@code POST /api/v1/estimate}: the monthly bill of given clusters. */
public final class EstimateApi {
    private final EstimateService service;

    public EstimateApi(EstimateService service) {
        this.service = service;
    }

    public void estimate(Context ctx) throws Exception {
        EstimateResponse response = service.estimate(Responses.body(ctx, EstimateRequest.class));
        if (Responses.wantsCsv(ctx)) {
            Responses.csv(ctx, EstimateFormats.csv(response), "estimate.csv");
        } else {
            Responses.json(ctx, response);
        }
    }
}
