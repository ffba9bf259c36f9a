package mskplanner.pricing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceItem;
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

    /** The sheet of a region, whatever the case it is typed in ({@code US-EAST-1} is us-east-1). */
    public Optional<PriceSheet> find(String region) {
        return region == null ? Optional.empty() : Optional.ofNullable(sheets.get(region.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * A region as pickers show it, marked when its prices leave broker sizes out (their broker-hour is not known): the
     * one wording for every form.
     */
    public String regionLabel(String region) {
        PriceSheet sheet = sheet(region);
        long priced = catalog.instanceTypes().stream().filter(t -> sheet.knows(PriceItem.brokerHour(t.name()))).count();
        int all = catalog.instanceTypes().size();
        return sheet.region() + " (" + sheet.regionName() + ")"
                + (priced < all ? " \u2014 partial prices: " + priced + " of " + all + " broker sizes" : "");
    }

    /** The sheet of a region the user asked for; an unknown region is a bad input naming the ones we ship. */
    public PriceSheet sheet(String region) {
        return find(region).orElseThrow(() -> new InvalidInputException("region", region, "one of " + String.join(", ", regions())));
    }
}
