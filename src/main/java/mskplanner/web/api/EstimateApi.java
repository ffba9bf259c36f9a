package mskplanner.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import mskplanner.app.Json;
import mskplanner.app.Representation;
import mskplanner.app.estimate.EstimateFormats;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.app.estimate.EstimateResponse;
import mskplanner.app.estimate.EstimateService;
import mskplanner.engine.InvalidInputException;
import mskplanner.web.page.EstimateForm;

/**
 * {@code POST /api/v1/estimate}: the monthly bill of given clusters. {@code GET /api/v1/estimate?region=...&c0.type=...}
 * takes the estimate page's query (read by the page's own {@link EstimateForm}) and answers what the POST of the same
 * request answers, so a spreadsheet formula can price a cluster.
 */
public final class EstimateApi {
    private final EstimateService service;
    private final EstimateForm form;

    public EstimateApi(EstimateService service, EstimateForm form) {
        this.service = service;
        this.form = form;
    }

    public void estimate(Context ctx) throws Exception {
        respond(ctx, Responses.body(ctx, EstimateRequest.class));
    }

    public void get(Context ctx) throws Exception {
        Map<String, List<String>> query = ctx.queryParamMap();
        List<String> inputs = form.inputNames();
        for (String name : query.keySet()) {
            if (!inputs.contains(name) && !Representation.PARAMETERS.contains(name)) {
                throw new InvalidInputException(name, "(query parameter)", "region, hoursPerMonth, or c0.<field> to c"
                        + (EstimateForm.ROWS - 1) + ".<field> with the fields of POST /api/v1/estimate's clusters (e.g. c0.type=standard); or, for the answer's form: "
                        + String.join(", ", Representation.PARAMETERS));
            }
        }
        EstimateForm.Request request = form.request(form.read(query));
        respond(ctx, Json.mapper().treeToValue(request.json(), EstimateRequest.class));
    }

    private void respond(Context ctx, EstimateRequest request) throws Exception {
        boolean csv = Responses.wantsCsv(ctx);
        EstimateResponse response = service.estimate(request);
        if (csv) {
            Responses.csv(ctx, EstimateFormats.csv(response), "estimate.csv");
        } else {
            Responses.json(ctx, response);
        }
    }
}
