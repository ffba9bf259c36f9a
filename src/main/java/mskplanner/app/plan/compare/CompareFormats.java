package mskplanner.app.plan.compare;

import java.util.ArrayList;
import java.util.List;
import mskplanner.app.Csv;
import mskplanner.engine.format.Format;

/**
 * A comparison as CSV: one row per line, columns {@code name}, {@code unit}, then one per scenario label. Inputs are
 * written as typed ({@code 168}, not {@code 168.0}); money in cents.
 */
public final class CompareFormats {
    public static final List<String> FIRST_COLUMNS = List.of("name", "unit");

    private CompareFormats() {
    }

    public static String csv(PlanComparison comparison) {
        List<String> header = new ArrayList<>(FIRST_COLUMNS);
        header.addAll(comparison.labels());
        StringBuilder sb = new StringBuilder(Csv.row(header));
        for (ComparisonRow row : comparison.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.name(), row.unit()));
            row.values().forEach(v -> cells.add(v instanceof Double d ? Format.plain(d) : v));
            sb.append(Csv.row(cells));
        }
        return sb.toString();
    }
}
