package mskplanner.app.plan.batch;

import java.util.Collections;
import java.util.List;

/**
 * The result of one profile: the plan's CSV cells for its pick ({@code mskplanner.app.plan.PlanFormats#CSV_HEADER}),
 * or, when the profile was refused, no cells and the reason in {@code error}; and the profile's label (null without).
 */
public record BatchRow(int profile, List<Object> cells, String error, String label) {
    public BatchRow {
        cells = Collections.unmodifiableList(cells);
    }

    static BatchRow failed(BatchProfile profile, String error) {
        return new BatchRow(profile.number(), List.of(), error, profile.label());
    }

    public boolean ok() {
        return error == null;
    }
}
