package mskplanner.app.plan.batch;

import java.util.Collections;
import java.util.List;

/**
 * The result of one profile: the plan's CSV cells for its pick ({@code mskplanner.app.plan.PlanFormats#CSV_HEADER}),
 * or, when the profile was refused, no cells and the reason in {@code error}.
 */
public record BatchRow(int profile, List<Object> cells, String error) {
    public BatchRow {
        cells = Collections.unmodifiableList(cells);
    }

    static BatchRow failed(int profile, String error) {
        return new BatchRow(profile, List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}
