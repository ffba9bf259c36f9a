package mskplanner.app.plan;

import mskplanner.engine.matrix.DecisionMatrix;
import mskplanner.engine.matrix.Matrix;
import mskplanner.engine.matrix.MatrixInput;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Planner;
import mskplanner.pricing.PricingData;

/** Request in, response out: the one plan flow behind the API and the CLI. Build once; it is stateless per call. */
public final class PlanService {
    private final PricingData pricing;
    private final Planner planner;
    private final DecisionMatrix decisions;

    public PlanService(PricingData pricing) {
        this.pricing = pricing;
        this.planner = new Planner(pricing.catalog(), pricing.limits());
        this.decisions = new DecisionMatrix(planner);
    }

    /** The sizing plan with the decision matrix: Serverless, the alternatives, the discount and the break-even sweep. */
    public PlanResponse plan(PlanRequest request) {
        PriceSheet sheet = sheet(request);
        PlanInput input = PlanMapping.toInput(request, pricing.limits());
        MatrixInput matrixInput = PlanMapping.toMatrixInput(request);
        Plan plan = planner.plan(input, sheet);
        return withTopics(request, plan, sheet,
                PlanResponse.of(plan, decisions.compare(input, plan, matrixInput, sheet), sheet, pricing.origin()));
    }

    /** With an inventory, the per-topic storage table and advice, priced from the plan's own bill. */
    private static PlanResponse withTopics(PlanRequest request, Plan plan, PriceSheet sheet, PlanResponse response) {
        return request.topics() == null ? response : response.withTopics(TopicsDto.of(request, plan, sheet));
    }

    /**
     * The whole sizing answer of {@link #sizingPlan}, without the decision matrix. No route serves it since batch rows
     * are written from {@link #sizingPlan}; the tests keep it as the reference those rows are checked against.
     */
    public PlanResponse sizingOnly(PlanRequest request) {
        PriceSheet sheet = sheet(request);
        Plan plan = sizingPlan(request, sheet);
        return withTopics(request, plan, sheet, PlanResponse.of(plan, sheet, pricing.origin()));
    }

    /**
     * The sizing plan alone, for the batch planner whose rows show one pick: the decision matrix is left out (it is a
     * third of a plan's time), but its fields are still checked, so a profile is refused as the full plan would refuse
     * it. Writing every option's answer for a row that shows its pick was more than half of a batch's time.
     */
    public Plan sizingPlan(PlanRequest request) {
        return sizingPlan(request, sheet(request));
    }

    private Plan sizingPlan(PlanRequest request, PriceSheet sheet) {
        PlanInput input = PlanMapping.toInput(request, pricing.limits());
        PlanMapping.toMatrixInput(request);
        return planner.plan(input, sheet);
    }

    /** Checks every field of a request as {@link #plan} would, without planning: for forms that list every error. */
    public void check(PlanRequest request) {
        sheet(request);
        PlanMapping.toInput(request, pricing.limits());
        PlanMapping.toMatrixInput(request);
    }

    /** {@code GET /api/v1/break-even}: the sweep alone, always run ({@code breakEven=false} is ignored). */
    public BreakEvenDto breakEven(PlanRequest request) {
        PriceSheet sheet = sheet(request);
        PlanInput input = PlanMapping.toInput(request, pricing.limits());
        MatrixInput sweep = PlanMapping.toMatrixInput(request).withBreakEven(true);
        Matrix matrix = decisions.compare(input, planner.plan(input, sheet), sweep, sheet);
        return BreakEvenDto.of(matrix.breakEven().orElseThrow());
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
