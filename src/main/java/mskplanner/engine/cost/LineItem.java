package mskplanner.engine.cost;

import java.math.BigDecimal;

/**
 * One line of a monthly bill: quantity (in the priced unit) times unit price.
 *
 * @param item what is billed, e.g. {@code Broker-hours kafka.m5.large}
 * @param quantity quantity in {@code unit} per month
 * @param unit the priced unit, e.g. {@code broker-hour}
 * @param unitPriceUsd price per unit
 * @param monthlyUsd quantity x unit price, unrounded
 */
public record LineItem(String item, BigDecimal quantity, String unit, BigDecimal unitPriceUsd, BigDecimal monthlyUsd) {
    public LineItem {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException(item + " quantity must be >= 0, was " + quantity.toPlainString());
        }
    }

    public static LineItem of(String item, BigDecimal quantity, String unit, BigDecimal unitPriceUsd) {
        return new LineItem(item, quantity, unit, unitPriceUsd, quantity.multiply(unitPriceUsd));
    }

    /** The same line with a discount applied to its price (e.g. 10% private pricing: factor 0.90). */
    public LineItem discounted(BigDecimal factor) {
        BigDecimal price = unitPriceUsd.multiply(factor);
        return new LineItem(item, quantity, unit, price, quantity.multiply(price));
    }
}
