package mskplanner.pricing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;

/**
 * Everything loaded from a pricing-data directory: the broker catalog, the service limits and one price sheet per region.
 *
 * @param origin where it was loaded from ("bundled" or the directory given)
 */
public record PricingData(String origin, Catalog catalog, Limits limits, Map<String, PriceSheet> sheets) {
    public PricingData {
        sheets = java.util.Collections.unmodifiableMap(new TreeMap<>(sheets));
    }

    public List<String> regions() {
        return List.copyOf(sheets.keySet());
    }

    public Optional<PriceSheet> find(String region) {
        return Optional.ofNullable(sheets.get(region));
    }

    /** The sheet of a region the user asked for; an unknown region is a bad input naming the ones we ship. */
    public PriceSheet sheet(String region) {
        return find(region).orElseThrow(() -> new InvalidInputException("region", region, "one of " + String.join(", ", regions())));
    }
}
