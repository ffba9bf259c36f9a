package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
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

    public static String curvesCsv(BreakEvenDto b) {
        List<String> header = new ArrayList<>(List.of("avgIngressGBPerHour"));
        b.curves().forEach(c -> header.add(c.deployment() + "MonthlyUsd"));
        TreeSet<Double> xs = new TreeSet<>();
        List<Map<Double, BigDecimal>> byCurve = new ArrayList<>();
        for (BreakEvenDto.CurveDto c : b.curves()) {
            Map<Double, BigDecimal> costs = new HashMap<>();
            c.points().forEach(p -> costs.put(p.avgIngressGBPerHour(), p.monthlyUsd()));
            xs.addAll(costs.keySet());
            byCurve.add(costs);
        }
        StringBuilder sb = new StringBuilder(Csv.row(header));
        for (double x : xs) {
            List<Object> row = new ArrayList<>();
            row.add(BigDecimal.valueOf(x));
            byCurve.forEach(costs -> row.add(costs.get(x)));
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
