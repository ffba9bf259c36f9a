package mskplanner.engine.rightsize;

import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.LineItem;

/**
 * Client traffic crossing AZs, priced as the sizing engine prices its options so the current cluster compares fairly:
 * producers write to leaders in other AZs for (AZ-1)/AZ of ingress (consumers taken as rack-aware), MiB/s x 3600 x
 * hours / 1024 GB per month, billed in both directions at the region's inter-AZ rate.
 */
final class CrossAz {
    private static final double MIB_PER_MB = 1e6 / (1 << 20);

    private CrossAz() {
    }

    /** The line, or none when the region has no inter-AZ price. */
    static List<LineItem> lines(CostCalculator costs, double avgIngressMBps, int zones, double hoursPerMonth) {
        double gib = avgIngressMBps * MIB_PER_MB * (zones - 1) / zones * 3600 * hoursPerMonth / 1024;
        List<LineItem> lines = new ArrayList<>();
        costs.addCrossAz(lines, gib);
        return lines;
    }
}
