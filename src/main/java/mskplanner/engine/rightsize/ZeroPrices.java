package mskplanner.engine.rightsize;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.price.Price;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.PriceSource;

/** A price sheet where everything the sizing engine prices costs nothing: for asking it capacities only. */
final class ZeroPrices {
    private static final List<String> ITEMS = List.of(PriceItem.STORAGE_GB_MONTH, PriceItem.PST_MIBPS_MONTH,
            PriceItem.TIERED_STORAGE_GB_MONTH, PriceItem.INTER_AZ_GB, PriceItem.EXPRESS_STORAGE_GB_MONTH,
            PriceItem.EXPRESS_DATA_IN_GB);

    private ZeroPrices() {
    }

    static PriceSheet of(Catalog catalog, String region) {
        Map<String, Price> prices = new LinkedHashMap<>();
        for (InstanceType t : catalog.instanceTypes()) {
            put(prices, PriceItem.brokerHour(t.name()));
        }
        ITEMS.forEach(item -> put(prices, item));
        return new PriceSheet(region, region, "USD", new PriceSource("zero prices, for capacities only", "", "", ""), prices);
    }

    private static void put(Map<String, Price> prices, String item) {
        prices.put(item, new Price(item, Optional.of(BigDecimal.ZERO), "unit", "derived", "none: capacity only"));
    }
}
