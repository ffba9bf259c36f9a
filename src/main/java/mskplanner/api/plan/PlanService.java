package mskplanner.api.plan;

import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.Planner;
import mskplanner.pricing.PricingData;

/** Request in, response out: the one plan flow behind the API and the CLI. Build once; it is stateless per call. */
public final class PlanService {
    private final PricingData pricing;
    private final Planner planner;

    public PlanService(PricingData pricing) {
        this.pricing = pricing;
        this.planner = new Planner(pricing.catalog(), pricing.limits());
    }

    public PlanResponse plan(PlanRequest request) {
        PriceSheet sheet = sheet(request);
        return PlanResponse.of(planner.plan(PlanMapping.toInput(request, pricing.limits()), sheet), sheet, pricing.origin());
    }

    /** The engine's plan, for callers that add to it (break-even, alternatives). */
    public Plan enginePlan(PlanRequest request) {
        return planner.plan(PlanMapping.toInput(request, pricing.limits()), sheet(request));
    }

    public Planner planner() {
        return planner;
    }

    public PricingData pricing() {
        return pricing;
    }

    public PriceSheet sheet(PlanRequest request) {
        return pricing.sheet(request.region() == null ? PlanRequest.DEFAULT_REGION : request.region());
    }
}
