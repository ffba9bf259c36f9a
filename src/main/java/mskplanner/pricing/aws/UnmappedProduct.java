package mskplanner.pricing.aws;

/**
 * A product in the answer whose usage type msk-planner does not map: listed in the report, never dropped silently.
 *
 * @param serviceCode e.g. {@code AmazonMSK}
 * @param usageType the usage type as published
 * @param sku the SKU
 * @param price the first OnDemand price and unit, e.g. {@code 0.5 per Hrs}, or empty
 */
public record UnmappedProduct(String serviceCode, String usageType, String sku, String price) {
    static UnmappedProduct of(PriceListProduct p) {
        String price = p.onDemand().stream().flatMap(t -> t.dimensions().stream()).filter(d -> d.usd() != null).findFirst()
                .map(d -> d.usd() + " per " + d.unit()).orElse("");
        return new UnmappedProduct(p.serviceCode(), p.usageType(), p.sku(), price);
    }
}
