package mskplanner.web.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mskplanner.app.Json;
import mskplanner.app.Problem;
import mskplanner.app.Problems;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.app.estimate.EstimateResponse;
import mskplanner.app.estimate.EstimateService;
import mskplanner.pricing.PricingData;

/** {@code GET /estimate}: the estimate form, and the bill when the query carries its inputs. */
public final class EstimateController {
    private final EstimateService service;
    private final EstimateForm form;
    private final PageFrames frames;

    public EstimateController(PricingData pricing, EstimateService service, PageFrames frames) {
        this.service = service;
        this.form = new EstimateForm(pricing);
        this.frames = frames;
    }

    public void page(Context ctx) throws Exception {
        Map<String, List<String>> query = ctx.queryParamMap();
        if (!form.isSubmitted(query)) {
            render(ctx, form.defaults(), null);
            return;
        }
        FormState state = form.read(query);
        EstimateForm.Request request = form.request(state);
        try {
            EstimateResponse result = service.estimate(Json.mapper().treeToValue(request.json(), EstimateRequest.class));
            render(ctx, state, new Bill(result, curl(ctx, request)));
        } catch (Exception e) {
            Problem problem = Problems.of(e).orElseThrow(() -> e);
            String input = request.inputFor(problem.field());
            ctx.status(400);
            render(ctx, FieldErrors.add(state, input, problem), null);
        }
    }

    /** The estimate and the same request as an API call. */
    private record Bill(EstimateResponse result, String curl) {
    }

    private static String curl(Context ctx, EstimateForm.Request request) throws JsonProcessingException {
        return "curl -sS -X POST " + Shell.quote(Origin.of(ctx) + "/api/v1/estimate")
                + " -H 'Content-Type: application/json' -d " + Shell.quote(Json.mapper().writeValueAsString(request.json()));
    }

    private void render(Context ctx, FormState state, Bill bill) {
        List<EstimatePage.ClusterRow> rows = IntStream.range(0, EstimateForm.ROWS)
                .mapToObj(i -> new EstimatePage.ClusterRow(i, "Cluster " + (i + 1), form.row(i)))
                .toList();
        PageFrame frame = frames.frame("Estimate a configuration", Nav.ESTIMATE, state.value("region"),
                List.of(Assets.ESTIMATE, Assets.COPY));
        ctx.render("estimate.jte", Map.of("page", new EstimatePage(frame, state, form.general(), rows, errorLinks(state),
                bill == null ? null : bill.result(), "/estimate?" + QueryString.of(state.values()),
                bill == null ? null : bill.curl())));
    }

    private List<ErrorLink> errorLinks(FormState state) {
        List<ErrorLink> links = new ArrayList<>();
        state.errors().forEach((input, message) -> links.add(new ErrorLink(input, labelOf(input), message)));
        return links;
    }

    private String labelOf(String input) {
        for (Field f : form.general()) {
            if (f.name().equals(input)) {
                return f.label();
            }
        }
        for (int row = 0; row < EstimateForm.ROWS; row++) {
            for (EstimatePage.RowInput in : form.row(row)) {
                if (in.field().name().equals(input)) {
                    return "Cluster " + (row + 1) + ": " + in.field().label();
                }
            }
        }
        return "Request";
    }
}
