package mskplanner.app.estimate;

import java.util.List;
import mskplanner.app.Csv;
import mskplanner.app.LineItemDto;

/** CSV (one row per bill line, then the total) and a plain-text table of an estimate. */
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

    public static String table(EstimateResponse r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Region %s, %s, %s hours/month (prices: %s, published %s)%n", r.region(), r.currency(),
                stripZeros(r.hoursPerMonth()), r.pricing().source(), r.pricing().publicationDate()));
        for (EstimateResponse.ClusterCost c : r.clusters()) {
            sb.append(String.format("%n%s (%s)%n", c.name(), c.type()));
            sb.append(String.format("  %-40s %14s %-14s %12s %12s%n", "item", "quantity", "unit", "unit price", "monthly"));
            for (LineItemDto l : c.lineItems()) {
                sb.append(String.format("  %-40s %14s %-14s %12s %12s%n", l.item(), l.quantity().toPlainString(), l.unit(),
                        l.unitPriceUsd().toPlainString(), l.monthlyUsd().toPlainString()));
            }
            sb.append(String.format("  %-82s %12s%n", "cluster total", c.monthlyUsd().toPlainString()));
        }
        sb.append(String.format("%nMonthly total: %s %s%nAnnual total:  %s %s%n", r.monthlyUsd().toPlainString(), r.currency(),
                r.annualUsd().toPlainString(), r.currency()));
        return sb.toString();
    }

    private static String stripZeros(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
