package mskplanner.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mskplanner.pricing.PricingData;

/** {@code GET /api/v1/openapi.json}: the API described, once every route is registered ({@link #describe}). */
public final class OpenApiApi {
    private final PricingData pricing;
    private final List<String> estimateInputs;
    private volatile ObjectNode document;

    public OpenApiApi(PricingData pricing, List<String> estimateInputs) {
        this.pricing = pricing;
        this.estimateInputs = List.copyOf(estimateInputs);
    }

    /** Builds the document for the registered routes; fails when they and the description differ. */
    public void describe(Map<String, Set<String>> routes) {
        document = OpenApiDocument.build(routes, pricing, estimateInputs);
    }

    public void get(Context ctx) throws java.io.IOException {
        Responses.json(ctx, document);
    }
}
