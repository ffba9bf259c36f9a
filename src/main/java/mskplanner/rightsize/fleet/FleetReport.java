package mskplanner.rightsize.fleet;

import java.util.List;
import java.util.Objects;

/**
 * Every cluster of a fleet run, biggest monthly saving first (clusters with a verdict, then skipped, then failed),
 * the regions that could not be listed, and the totals.
 *
 * @param regions the regions asked for
 * @param days history read per cluster, days
 * @param entries one per cluster listed
 * @param failedRegions the regions whose listing failed, in the order asked
 * @param summary the totals
 */
public record FleetReport(List<String> regions, int days, List<FleetEntry> entries, List<RegionFailure> failedRegions,
                          FleetSummary summary) {
    public FleetReport {
        regions = List.copyOf(regions);
        entries = List.copyOf(entries);
        failedRegions = List.copyOf(failedRegions);
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * Whether AWS failed for everything asked: no region could be listed, or every cluster listed failed (and there
     * was at least one). The run's exit code says so.
     */
    public boolean allFailed() {
        boolean noRegionListed = !regions.isEmpty() && failedRegions.size() == regions.size();
        boolean everyClusterFailed = !entries.isEmpty()
                && entries.stream().allMatch(e -> e.outcome() == FleetEntry.Outcome.FAILED);
        return noRegionListed || everyClusterFailed;
    }
}
