package mskplanner.cli;

import mskplanner.app.LineItemDto;
import mskplanner.app.estimate.EstimateResponse;
import mskplanner.engine.format.Format;

/** The CLI's plain-text bill of an estimate: each cluster's lines, its total, then the monthly and annual totals. */
final class EstimateTable {
    private EstimateTable() {
    }

    static String of(EstimateResponse r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Region %s, %s, %s hours/month (prices: %s, published %s)%n", r.region(), r.currency(),
                Format.plain(r.hoursPerMonth()), r.pricing().source(), r.pricing().publicationDate()));
        for (EstimateResponse.ClusterCost c : r.clusters()) {
            sb.append(String.format("%n%s (%s)%n", c.name(), c.type()));
            sb.append(String.format("  %-40s %14s %-14s %12s %12s%n", "item", "quantity", "unit", "unit price", "monthly"));
            for (LineItemDto l : c.lineItems()) {
                sb.append(String.format("  %-40s %14s %-14s %12s %12s%n", l.item(), Format.quantity(l.quantity()), l.unit(),
                        Format.unitPrice(l.unitPriceUsd()), Format.usd(l.monthlyUsd())));
            }
            sb.append(String.format("  %-82s %12s%n", "cluster total", Format.usd(c.monthlyUsd())));
        }
        sb.append(String.format("%nMonthly total: %s%nAnnual total:  %s%n", Format.usd(r.monthlyUsd()), Format.usd(r.annualUsd())));
        return sb.toString();
    }
}
