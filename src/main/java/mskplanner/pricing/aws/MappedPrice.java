package mskplanner.pricing.aws;

import java.math.BigDecimal;

/**
 * A Price List price mapped to a price item.
 *
 * @param item the item key, e.g. {@code broker-hour:kafka.m7g.large}
 * @param usd the price per planner unit
 * @param unit the planner unit, e.g. {@code broker-hour}
 * @param usageType the usage type as published, e.g. {@code USE1-Kafka.m7g.large}
 * @param sku the product's SKU
 * @param published the published price string
 * @param awsUnit the published unit
 * @param note how the price was read (first tier, upfront spread, unit conversion), or empty
 */
public record MappedPrice(String item, BigDecimal usd, String unit, String usageType, String sku, String published,
                          String awsUnit, String note) {
}
