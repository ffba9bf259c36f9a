package mskplanner.pricing.aws;

import java.util.List;
import java.util.Map;

/**
 * One OnDemand or Reserved term of a product.
 *
 * @param offerTermCode e.g. {@code JRTCKXETXF}
 * @param effectiveDate when the term's prices took effect (ISO timestamp), or null
 * @param termAttributes Reserved terms: {@code LeaseContractLength}, {@code OfferingClass}, {@code PurchaseOption}
 * @param dimensions the term's rates
 */
public record PriceTerm(String offerTermCode, String effectiveDate, Map<String, String> termAttributes,
                        List<PriceDimension> dimensions) {
    public PriceTerm {
        termAttributes = Map.copyOf(termAttributes);
        dimensions = List.copyOf(dimensions);
    }

    public String termAttribute(String name) {
        return termAttributes.getOrDefault(name, "");
    }
}
