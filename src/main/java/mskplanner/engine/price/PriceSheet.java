package mskplanner.engine.price;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every price msk-planner knows for one region, in one currency.
 *
 * @param region AWS region code, e.g. {@code us-east-1}
 * @param regionName display name, e.g. {@code US East (N. Virginia)}
 * @param currency ISO currency code of every price in the sheet
 * @param source where the prices come from and their dates
 * @param prices prices by item key
 */
public record PriceSheet(String region, String regionName, String currency, PriceSource source, Map<String, Price> prices) {
    public PriceSheet {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
        prices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(prices));
    }

    /** The unit price of an item; fails naming region and item when the sheet does not know it. */
    public BigDecimal require(String item) {
        Price price = prices.get(item);
        if (price == null) {
            throw new UnknownPriceException(region, item, "not in the price sheet");
        }
        return price.usd().orElseThrow(() -> new UnknownPriceException(region, item, "marked unknown in the bundled data"));
    }

    /** Whether the sheet has a price for the item (listed and not marked unknown). */
    public boolean knows(String item) {
        Price price = prices.get(item);
        return price != null && price.known();
    }

    public Optional<Price> find(String item) {
        return Optional.ofNullable(prices.get(item));
    }

    /** The priced unit of an item, e.g. {@code GB-month}. */
    public String unitOf(String item) {
        Price price = prices.get(item);
        return price == null ? "" : price.unit();
    }
}
