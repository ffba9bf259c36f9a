package mskplanner.web.api;

import io.javalin.http.Context;
import mskplanner.api.estimate.EstimateFormats;
import mskplanner.api.estimate.EstimateRequest;
import mskplanner.api.estimate.EstimateResponse;
import mskplanner.api.estimate.EstimateService;

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
