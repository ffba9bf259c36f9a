package mskplanner.rightsize.fleet;

import java.util.List;
import java.util.Objects;

/**
 * Every cluster of a fleet run, biggest monthly saving first (clusters with a verdict, then skipped, then failed),
 * and the totals.
 *
 * @param regions the regions listed
 * @param days history read per cluster, days
 * @param entries one per cluster listed
 * @param summary the totals
 */
public record FleetReport(List<String> regions, int days, List<FleetEntry> entries, FleetSummary summary) {
    public FleetReport {
        regions = List.copyOf(regions);
        entries = List.copyOf(entries);
        Objects.requireNonNull(summary, "summary");
    }

    /** Whether AWS failed for every cluster (and there was at least one): the run's exit code says so. */
    public boolean allFailed() {
        return !entries.isEmpty() && entries.stream().allMatch(e -> e.outcome() == FleetEntry.Outcome.FAILED);
    }
}
