package mskplanner.engine.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.price.PriceSheet;

/** Says which sizes and lines a region's bundled prices could not cover, so a partial answer is never mistaken for a full one. */
final class UnpricedWarnings {
    private UnpricedWarnings() {
    }

    /** {@code unpriced}: each size left out, with the price item it lacks. */
    static List<String> of(PriceSheet prices, Map<String, String> unpriced) {
        List<String> w = new ArrayList<>();
        if (!unpriced.isEmpty()) {
            w.add("Not priced in " + prices.region() + " (no bundled price; see GET /api/v1/prices or refresh the prices): "
                    + String.join(", ", unpriced.entrySet().stream().map(u -> u.getKey() + " (" + u.getValue() + ")").toList())
                    + ". These sizes are left out of the options and the picks.");
        }
        if (!prices.knows(PriceItem.INTER_AZ_GB)) {
            w.add("Cross-AZ data transfer is not priced in " + prices.region()
                    + " (inter-az-gb unknown): option totals leave it out.");
        }
        return w;
    }
}
