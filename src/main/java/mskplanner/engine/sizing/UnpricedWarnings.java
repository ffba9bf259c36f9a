package mskplanner.engine.sizing;

import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.price.PriceSheet;

/** Says which sizes and lines a region's bundled prices could not cover, so a partial answer is never mistaken for a full one. */
final class UnpricedWarnings {
    private UnpricedWarnings() {
    }

    static List<String> of(PriceSheet prices, List<String> unpricedSizes) {
        List<String> w = new ArrayList<>();
        if (!unpricedSizes.isEmpty()) {
            w.add("Not priced in " + prices.region() + " (no bundled price; see GET /api/v1/prices or refresh the prices): "
                    + String.join(", ", unpricedSizes) + ". These sizes are left out of the options and the picks.");
        }
        if (!prices.knows(PriceItem.INTER_AZ_GB)) {
            w.add("Cross-AZ data transfer is not priced in " + prices.region()
                    + " (inter-az-gb unknown): option totals leave it out.");
        }
        return w;
    }
}
