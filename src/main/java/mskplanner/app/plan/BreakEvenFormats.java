package mskplanner.app.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** The crossovers and the cheapest ranges as sentences, then the curves as a table (USD/month; "-" where a deployment does not fit). */
    public static String table(BreakEvenDto b) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Break-even: this workload ingests %s GB/hour; curves at list prices", b.workloadGBPerHour());
        b.crossovers().forEach(c -> line(sb, "  - %s", c.sentence()));
        if (b.crossovers().isEmpty()) {
            line(sb, "  no crossovers in the swept range");
        }
        line(sb, "Cheapest by average ingress:");
        b.rangeSentences().forEach(r -> line(sb, "  - %s", r));
        String[] rows = curvesCsv(b).split("\r\n");
        line(sb, "");
        for (String row : rows) {
            StringBuilder cells = new StringBuilder("  ");
            String[] values = row.split(",", -1);
            for (int i = 0; i < values.length; i++) {
                String v = values[i].isEmpty() ? "-" : values[i].replace("MonthlyUsd", "");
                cells.append(String.format(Locale.ROOT, i == 0 ? "%-20s" : "%16s", v));
            }
            sb.append(cells.toString().stripTrailing()).append(System.lineSeparator());
        }
        b.notes().forEach(n -> line(sb, "note: %s", n));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }

    public static String crossoversCsv(BreakEvenDto b) {
        StringBuilder sb = new StringBuilder(Csv.row(CROSSOVER_HEADER));
        b.crossovers().forEach(c -> sb.append(Csv.row(List.of(c.cheaper(), c.than(), BigDecimal.valueOf(c.belowGBPerHour()),
                c.sentence()))));
        return sb.toString();
    }
}
