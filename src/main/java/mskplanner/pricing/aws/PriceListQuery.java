package mskplanner.pricing.aws;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One GetProducts question: a service code and TERM_MATCH filters (attribute = value). The same filters select the
 * products of an offer file, so the API and the offline import read the same rows.
 *
 * @param serviceCode e.g. {@code AmazonMSK}
 * @param filters attribute name to required value, in the order they are sent
 */
public record PriceListQuery(String serviceCode, Map<String, String> filters) {
    public PriceListQuery {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /** Whether a product answers this query; values compare case-insensitively, as TERM_MATCH does. */
    public boolean matches(PriceListProduct product) {
        if (!serviceCode.equals(product.serviceCode())) {
            return false;
        }
        return filters.entrySet().stream().allMatch(f -> f.getValue().equalsIgnoreCase(product.attribute(f.getKey())));
    }

    @Override
    public String toString() {
        return serviceCode + " " + filters;
    }
}
