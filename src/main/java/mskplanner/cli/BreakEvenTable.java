package mskplanner.cli;

import java.util.Locale;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.app.plan.BreakEvenFormats;

/** The CLI's plain-text break-even: the crossovers as sentences, then the curves as columns. */
final class BreakEvenTable {
    private BreakEvenTable() {
    }

    /** The crossovers and the cheapest ranges as sentences, then the curves as a table (USD/month; "-" where a deployment does not fit). */
    static String of(BreakEvenDto b) {
        StringBuilder sb = new StringBuilder();
        line(sb, "Break-even: this workload ingests %s GB/hour; curves at list prices", b.workloadGBPerHour());
        b.crossovers().forEach(c -> line(sb, "  - %s", c.sentence()));
        if (b.crossovers().isEmpty()) {
            line(sb, "  no crossovers in the swept range");
        }
        line(sb, "Cheapest by average ingress:");
        b.rangeSentences().forEach(r -> line(sb, "  - %s", r));
        String[] rows = BreakEvenFormats.curvesCsv(b).split("\r\n");
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
}
