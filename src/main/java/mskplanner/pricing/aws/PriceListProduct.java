package mskplanner.pricing.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One product of the AWS Price List with the terms msk-planner reads, whether it came from GetProducts or an offer file.
 *
 * @param serviceCode e.g. {@code AmazonMSK}
 * @param sku the product's SKU
 * @param attributes product attributes ({@code usagetype}, {@code regionCode}, ...), plus {@code productFamily}
 * @param onDemand the OnDemand terms
 * @param reserved the Reserved terms (EC2 only)
 * @param publicationDate the publication timestamp of the price list the product was read from, when known
 */
public record PriceListProduct(String serviceCode, String sku, Map<String, String> attributes, List<PriceTerm> onDemand,
                               List<PriceTerm> reserved, Optional<String> publicationDate) {
    public PriceListProduct {
        attributes = Map.copyOf(attributes);
        onDemand = List.copyOf(onDemand);
        reserved = List.copyOf(reserved);
    }

    /** An attribute's value, or the empty string when the product does not carry it. */
    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    public String usageType() {
        return attribute("usagetype");
    }

    /** The region the product is priced in: {@code regionCode}, or {@code fromRegionCode} for data transfer. */
    public Optional<String> region() {
        String region = attribute("regionCode");
        if (region.isEmpty()) {
            region = attribute("fromRegionCode");
        }
        return region.isEmpty() ? Optional.empty() : Optional.of(region);
    }
}
