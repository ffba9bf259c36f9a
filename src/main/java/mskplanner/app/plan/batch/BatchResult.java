package mskplanner.app.plan.batch;

import java.util.List;

/** One row per profile, in input order. */
public record BatchResult(List<BatchRow> rows) {
    public BatchResult {
        rows = List.copyOf(rows);
    }

    public List<BatchRow> failures() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }
}
