package mskplanner.pricing.aws;

/**
 * One rate of a Price List term, as published.
 *
 * @param rateCode the rate code, e.g. {@code SKU.JRTCKXETXF.6YS6EN2CT7}
 * @param unit the AWS unit string, e.g. {@code Hrs}, {@code GB-Mo}, {@code Quantity}
 * @param description the AWS price description
 * @param beginRange the start of the tier ({@code "0"} for the first or only tier)
 * @param usd {@code pricePerUnit.USD} exactly as published (a decimal string), or null when the rate has no USD price
 */
public record PriceDimension(String rateCode, String unit, String description, String beginRange, String usd) {
    public boolean firstTier() {
        return beginRange == null || beginRange.isEmpty() || "0".equals(beginRange);
    }

    public boolean upfrontFee() {
        return "Quantity".equalsIgnoreCase(unit);
    }
}
