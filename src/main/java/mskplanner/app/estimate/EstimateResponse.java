package mskplanner.app.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import mskplanner.app.LineItemDto;
import mskplanner.app.PricingInfo;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.Estimate;
import mskplanner.engine.cost.Money;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.price.PriceSheet;

/** The estimate in the JSON contract: lines in cents, totals summed from unrounded lines and rounded once. */
public record EstimateResponse(String region, String currency, double hoursPerMonth, PricingInfo pricing,
                               List<ClusterCost> clusters, BigDecimal monthlyUsd, BigDecimal annualUsd) {

    public record ClusterCost(String name, String type, List<LineItemDto> lineItems, BigDecimal monthlyUsd) {
        static ClusterCost of(CostBreakdown cost, String type) {
            return new ClusterCost(cost.name(), type, cost.lineItems().stream().map(LineItemDto::of).toList(),
                    Money.cents(cost.monthlyUsd()));
        }
    }

    public static EstimateResponse of(Estimate estimate, List<ClusterSpec> specs, PriceSheet sheet, String origin) {
        List<ClusterCost> clusters = IntStream.range(0, specs.size())
                .mapToObj(i -> ClusterCost.of(estimate.clusters().get(i), specs.get(i).deployment().id()))
                .toList();
        return new EstimateResponse(estimate.region(), estimate.currency(), estimate.hoursPerMonth(),
                PricingInfo.of(sheet, origin), clusters, Money.cents(estimate.monthlyUsd()), Money.cents(estimate.annualUsd()));
    }

}
