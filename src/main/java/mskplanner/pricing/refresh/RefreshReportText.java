package mskplanner.pricing.refresh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.format.Format;
import mskplanner.pricing.aws.UnmappedProduct;

/** The diff a refresh prints: counts, a table of changed, added and kept items, then what was not mapped. */
public final class RefreshReportText {
    private static final String INDENT = "  ";

    private RefreshReportText() {
    }

    public static List<String> lines(RefreshReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(report.region() + ".json: " + report.count(ItemChange.Status.CHANGED) + " changed, "
                + report.count(ItemChange.Status.ADDED) + " added, " + report.count(ItemChange.Status.UNCHANGED) + " unchanged, "
                + report.count(ItemChange.Status.KEPT) + " kept (missing from the answer), "
                + report.count(ItemChange.Status.STILL_UNKNOWN) + " still unknown, "
                + report.count(ItemChange.Status.NOT_COVERED) + " not covered");
        lines.addAll(changeTable(report.changes()));
        lines.addAll(list("unknown usage types, not mapped", report.unmapped().stream().map(RefreshReportText::describe).toList()));
        lines.addAll(list("priced by AWS but not used by msk-planner, not written", report.unused()));
        lines.addAll(list("problems", report.problems()));
        return lines;
    }

    private static List<String> changeTable(List<ItemChange> changes) {
        List<String[]> rows = new ArrayList<>();
        for (ItemChange c : changes) {
            switch (c.status()) {
                case CHANGED -> rows.add(row(c, c.changePercent().map(RefreshReportText::percent).orElse("was unknown")));
                case ADDED -> rows.add(row(c, "added"));
                case KEPT -> rows.add(row(c, "kept: missing from the answer"));
                default -> {
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        rows.add(0, new String[] {"item", "old", "new", "change"});
        return table(rows);
    }

    private static List<String> list(String title, List<String> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(INDENT + title + " (" + entries.size() + "):");
        entries.forEach(e -> lines.add(INDENT + INDENT + e));
        return lines;
    }

    private static String[] row(ItemChange c, String change) {
        String old = c.status() == ItemChange.Status.ADDED ? "-" : usd(c.oldUsd());
        return new String[] {c.item(), old, usd(c.newUsd()), change};
    }

    private static List<String> table(List<String[]> rows) {
        int[] width = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(INDENT + pad(r[0], width[0]) + INDENT + pad(r[1], width[1]) + INDENT + pad(r[2], width[2]) + INDENT + r[3]);
        }
        return out;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String usd(Optional<BigDecimal> usd) {
        return usd.map(Format::unitPrice).orElse("unknown");
    }

    private static String percent(BigDecimal p) {
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    private static String describe(UnmappedProduct u) {
        return u.serviceCode() + " " + u.usageType() + " (SKU " + u.sku() + ")" + (u.price().isEmpty() ? "" : ": " + u.price());
    }
}
