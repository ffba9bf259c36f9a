package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import mskplanner.app.Csv;

/**
 * The break-even sweep as CSV, for spreadsheets: one row per sampled ingress ({@code avgIngressGBPerHour}), then one
 * {@code <deployment>MonthlyUsd} column per deployment, empty where it does not fit; or the crossovers, one per row.
 */
public final class BreakEvenFormats {
    public static final List<String> CROSSOVER_HEADER = List.of("cheaper", "than", "belowGBPerHour", "sentence");

    private BreakEvenFormats() {
    }

    /** The curves on one ingress axis: one row per sampled ingress, one cost per curve (null where it does not fit). */
    public record CurveGrid(List<String> deployments, List<GridRow> rows) {
        public CurveGrid {
            deployments = List.copyOf(deployments);
            rows = List.copyOf(rows);
        }
    }

    /** One sampled ingress and each curve's monthly cost there, in the order of {@link CurveGrid#deployments()}. */
    public record GridRow(BigDecimal avgIngressGBPerHour, List<BigDecimal> monthlyUsd) {
        public GridRow {
            monthlyUsd = Collections.unmodifiableList(new ArrayList<>(monthlyUsd));
        }
    }

    /** The grid both the CSV and the CLI's table are written from, so they show the same cells. */
    public static CurveGrid grid(BreakEvenDto b) {
        List<String> deployments = new ArrayList<>();
        TreeSet<Double> xs = new TreeSet<>();
        List<Map<Double, BigDecimal>> byCurve = new ArrayList<>();
        for (BreakEvenDto.CurveDto c : b.curves()) {
            deployments.add(c.deployment());
            Map<Double, BigDecimal> costs = new HashMap<>();
            c.points().forEach(p -> costs.put(p.avgIngressGBPerHour(), p.monthlyUsd()));
            xs.addAll(costs.keySet());
            byCurve.add(costs);
        }
        List<GridRow> rows = new ArrayList<>();
        for (double x : xs) {
            List<BigDecimal> costs = new ArrayList<>();
            byCurve.forEach(c -> costs.add(c.get(x)));
            rows.add(new GridRow(BigDecimal.valueOf(x), costs));
        }
        return new CurveGrid(deployments, rows);
    }

    public static String curvesCsv(BreakEvenDto b) {
        CurveGrid grid = grid(b);
        List<String> header = new ArrayList<>(List.of("avgIngressGBPerHour"));
        grid.deployments().forEach(d -> header.add(d + "MonthlyUsd"));
        StringBuilder sb = new StringBuilder(Csv.row(header));
        for (GridRow r : grid.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.avgIngressGBPerHour());
            row.addAll(r.monthlyUsd());
            sb.append(Csv.row(row));
        }
        return sb.toString();
    }

    public static String crossoversCsv(BreakEvenDto b) {
        StringBuilder sb = new StringBuilder(Csv.row(CROSSOVER_HEADER));
        b.crossovers().forEach(c -> sb.append(Csv.row(List.of(c.cheaper(), c.than(), BigDecimal.valueOf(c.belowGBPerHour()),
                c.sentence()))));
        return sb.toString();
    }
}
