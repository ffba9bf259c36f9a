package mskplanner.web.page.compare;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.plan.compare.ComparedScenario;
import mskplanner.app.plan.compare.ComparisonRow;
import mskplanner.app.plan.compare.PlanComparison;
import mskplanner.engine.format.Format;

/** The comparison as the page shows it: a column per scenario, a line per comparison row, cells as text. */
public record CompareTable(List<Column> columns, List<Line> lines) {
    /** Shown where a scenario has no value, e.g. no Express pick. */
    static final String NONE = "\u2014";

    public record Column(String label, String planUrl) {
    }

    public record Line(String name, String label, String unit, List<String> cells, boolean differs) {
    }

    public CompareTable {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    static CompareTable of(PlanComparison comparison) {
        List<Column> columns = comparison.scenarios().stream().map(CompareTable::column).toList();
        List<Line> lines = comparison.rows().stream()
                .map(r -> new Line(r.name(), r.label(), r.unit(), r.values().stream().map(v -> text(v, r)).toList(), r.differs()))
                .toList();
        return new CompareTable(columns, lines);
    }

    public boolean anyDiffers() {
        return lines.stream().anyMatch(Line::differs);
    }

    private static Column column(ComparedScenario s) {
        return new Column(s.label(), s.planUrl());
    }

    private static String text(Object value, ComparisonRow row) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof BigDecimal money && row.unit().startsWith("USD")) {
            return Format.usd(money);
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Number n) {
            return Format.plain(n.doubleValue());
        }
        return String.valueOf(value);
    }
}
