package mskplanner.pricing.refresh;

import java.util.List;
import mskplanner.pricing.aws.UnmappedProduct;

/**
 * The outcome of refreshing one region file, for the diff the user reads.
 *
 * @param region the region code
 * @param changes one entry per item of the new file
 * @param unmapped products of the answer whose usage type is not mapped
 * @param problems products that could not be read, and ambiguous items
 * @param unused mapped prices of items msk-planner does not use (e.g. a broker family the catalog lacks), not written
 */
public record RefreshReport(String region, List<ItemChange> changes, List<UnmappedProduct> unmapped, List<String> problems,
                            List<String> unused) {
    public RefreshReport {
        changes = List.copyOf(changes);
        unmapped = List.copyOf(unmapped);
        problems = List.copyOf(problems);
        unused = List.copyOf(unused);
    }

    public long count(ItemChange.Status status) {
        return changes.stream().filter(c -> c.status() == status).count();
    }

    /** The items whose service was asked but which the answer lacks. */
    public List<ItemChange> kept() {
        return changes.stream().filter(c -> c.status() == ItemChange.Status.KEPT).toList();
    }
}
