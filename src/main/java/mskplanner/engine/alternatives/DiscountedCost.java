package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import mskplanner.engine.cost.CostBreakdown;

/**
 * An MSK bill at list price and with the user's discount, side by side.
 *
 * @param listPrice the bill at AWS list prices
 * @param discounted the same bill with the discount applied to its MSK lines, each line labelled
 * @param discountPercent the discount, percent
 * @param label what the discount is, e.g. "assumption: private discount, not an AWS price"
 */
public record DiscountedCost(CostBreakdown listPrice, CostBreakdown discounted, double discountPercent, String label) {
    public BigDecimal monthlyUsd() {
        return discounted.monthlyUsd();
    }

    public BigDecimal savingsUsd() {
        return listPrice.monthlyUsd().subtract(discounted.monthlyUsd());
    }
}
