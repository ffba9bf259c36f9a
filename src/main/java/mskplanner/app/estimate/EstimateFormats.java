package mskplanner.app.estimate;

import java.util.List;
import mskplanner.app.Csv;
import mskplanner.app.LineItemDto;

/** An estimate as CSV: one row per bill line, then the totals (the CLI's text table is cli.EstimateTable). */
public final class EstimateFormats {
    private EstimateFormats() {
    }

    public static String csv(EstimateResponse r) {
        StringBuilder sb = new StringBuilder(Csv.row(List.of("cluster", "type", "item", "quantity", "unit", "unitPriceUsd", "monthlyUsd")));
        for (EstimateResponse.ClusterCost c : r.clusters()) {
            for (LineItemDto l : c.lineItems()) {
                sb.append(Csv.row(List.of(c.name(), c.type(), l.item(), l.quantity(), l.unit(), l.unitPriceUsd(), l.monthlyUsd())));
            }
        }
        sb.append(Csv.row(java.util.Arrays.asList("TOTAL", null, "monthly", null, null, null, r.monthlyUsd())));
        sb.append(Csv.row(java.util.Arrays.asList("TOTAL", null, "annual", null, null, null, r.annualUsd())));
        return sb.toString();
    }
}
