package mskplanner.web.page.plan;

import java.util.List;
import mskplanner.web.page.Step;

/**
 * The partition recommendation and the arithmetic behind it.
 *
 * @param recommended leader partitions to create
 * @param powerOfTwo the usual alternative, the next power of two
 * @param replicas recommended x replication factor
 * @param steps the formula, term by term
 * @param warnings what to know before creating them
 */
public record PartitionsView(int recommended, int powerOfTwo, int replicas, List<Step> steps, List<String> warnings) {
    public PartitionsView {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }
}
