package mskplanner.app.plan.compare;

import java.util.List;

/**
 * Plans side by side, as the AWS sizing workbook's scenario columns: each scenario's plan and link, and the lines a
 * person compares (the inputs that differ, then partitions, picks, bills and the cheapest deployment), each marked
 * when the scenarios disagree.
 */
public record PlanComparison(List<ComparedScenario> scenarios, List<ComparisonRow> rows) {
    public static final int MIN_SCENARIOS = 2;
    public static final int MAX_SCENARIOS = 4;

    public PlanComparison {
        scenarios = List.copyOf(scenarios);
        rows = List.copyOf(rows);
        if (scenarios.size() < MIN_SCENARIOS || scenarios.size() > MAX_SCENARIOS) {
            throw new IllegalArgumentException("scenarios must be " + MIN_SCENARIOS + " to " + MAX_SCENARIOS + ", was "
                    + scenarios.size());
        }
        for (ComparisonRow row : rows) {
            if (row.values().size() != scenarios.size()) {
                throw new IllegalArgumentException("row " + row.name() + " has " + row.values().size() + " values for "
                        + scenarios.size() + " scenarios");
            }
        }
    }

    /** The scenarios' labels, in column order. */
    public List<String> labels() {
        return scenarios.stream().map(ComparedScenario::label).toList();
    }
}
