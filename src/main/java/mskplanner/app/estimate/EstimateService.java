package mskplanner.app.estimate;

import java.util.List;
import mskplanner.engine.cost.Estimate;
import mskplanner.engine.cost.Estimator;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.price.PriceSheet;
import mskplanner.pricing.PricingData;

/** Request in, response out: the one estimate flow behind both the API and the CLI. */
public final class EstimateService {
    private final PricingData pricing;
    private final EstimateMapping mapping;
    private final Estimator estimator;

    public EstimateService(PricingData pricing) {
        this.pricing = pricing;
        this.mapping = new EstimateMapping(pricing.catalog(), pricing.limits());
        this.estimator = new Estimator(pricing.limits());
    }

    public EstimateResponse estimate(EstimateRequest request) {
        String region = request.region() == null ? EstimateMapping.DEFAULT_REGION : request.region();
        PriceSheet sheet = pricing.sheet(region);
        double hours = request.hoursPerMonth() == null ? EstimateMapping.DEFAULT_HOURS_PER_MONTH : request.hoursPerMonth();
        List<ClusterSpec> specs = mapping.clusters(request, hours);
        Estimate estimate = estimator.estimate(sheet, hours, specs);
        return EstimateResponse.of(estimate, specs, sheet, pricing.origin());
    }
}
