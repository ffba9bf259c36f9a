package mskplanner.app.plan.compare;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of a comparison: a value per scenario, in scenario order (null where a scenario has none, e.g. no Express
 * pick), and whether the scenarios disagree on it. Money is a {@link BigDecimal} in cents, counts are integers.
 *
 * @param name the field of the plan request, or the path of the value in the plan answer (e.g.
 *             {@code recommended.overall.monthlyUsd})
 * @param label the line's name for people
 * @param unit the values' unit, empty for none
 */
public record ComparisonRow(String name, String label, String unit, List<Object> values, boolean differs) {
    public ComparisonRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        // List.copyOf refuses nulls, and a missing pick is a null value.
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    static ComparisonRow of(String name, String label, String unit, List<Object> values) {
        return new ComparisonRow(name, label, unit, values, differ(values));
    }

    /** Whether two values differ, numbers by value (168 and 168.0 are the same retention). */
    static boolean differ(List<Object> values) {
        return values.stream().map(ComparisonRow::key).distinct().count() > 1;
    }

    private static String key(Object value) {
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
