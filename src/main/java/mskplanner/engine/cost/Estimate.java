package mskplanner.engine.cost;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.engine.price.PriceSource;

/**
 * The monthly bill of several clusters in one region.
 *
 * @param region AWS region code
 * @param currency currency of every amount
 * @param hoursPerMonth hours billed per month
 * @param pricing where the prices came from
 * @param clusters each cluster's bill
 */
public record Estimate(String region, String currency, double hoursPerMonth, PriceSource pricing,
                       List<CostBreakdown> clusters) {
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    public Estimate {
        clusters = List.copyOf(clusters);
    }

    /** Sum of every unrounded line of every cluster. */
    public BigDecimal monthlyUsd() {
        return clusters.stream().map(CostBreakdown::monthlyUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal annualUsd() {
        return monthlyUsd().multiply(MONTHS_PER_YEAR);
    }
}
