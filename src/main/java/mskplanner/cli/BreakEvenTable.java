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
        BreakEvenFormats.CurveGrid grid = BreakEvenFormats.grid(b);
        line(sb, "");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-20s", "avgIngressGBPerHour"));
        grid.deployments().forEach(d -> header.append(String.format(Locale.ROOT, "%16s", d)));
        sb.append(header.toString().stripTrailing()).append(System.lineSeparator());
        for (BreakEvenFormats.GridRow row : grid.rows()) {
            StringBuilder cells = new StringBuilder(String.format(Locale.ROOT, "  %-20s", row.avgIngressGBPerHour().toPlainString()));
            row.monthlyUsd().forEach(c -> cells.append(String.format(Locale.ROOT, "%16s", c == null ? "-" : c.toPlainString())));
            sb.append(cells.toString().stripTrailing()).append(System.lineSeparator());
        }
        b.notes().forEach(n -> line(sb, "note: %s", n));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
