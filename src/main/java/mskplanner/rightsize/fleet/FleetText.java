package mskplanner.rightsize.fleet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mskplanner.engine.format.Format;
import mskplanner.engine.rightsize.Verdict;

/** How the Markdown and HTML fleet reports word a cluster's row and the totals: one place, so both agree. */
final class FleetText {
    static final List<String> HEADERS = List.of("Cluster", "Region", "Verdict", "Now per month",
            "Recommended per month", "Change per month", "Detail");

    private FleetText() {
    }

    /** The cells of a cluster's row, in {@link #HEADERS} order. */
    static List<String> cells(FleetEntry e) {
        String name = e.member().clusterName();
        String region = e.member().region();
        if (e.report().isEmpty()) {
            String status = e.outcome() == FleetEntry.Outcome.SKIPPED ? FleetSummary.SKIPPED : FleetSummary.FAILED;
            return List.of(name, region, status, "-", "-", "-", e.reason().orElse(""));
        }
        Verdict v = e.report().get().verdict();
        BigDecimal now = e.currentMonthlyUsd();
        return List.of(name, region, v.kind().label(), Format.usd(now), Format.usd(now.add(e.monthlyChangeUsd())),
                Verdict.describeChange(e.monthlyChangeUsd()), v.headline());
    }

    static List<String> summary(FleetReport r) {
        FleetSummary s = r.summary();
        List<String> lines = new ArrayList<>();
        lines.add(Format.count(s.clusters(), "cluster") + " in " + String.join(", ", r.regions()) + ", "
                + Format.count(r.days(), "day") + " of history each: " + counts(s.counts()) + ".");
        lines.add("Now " + Format.usd(s.currentMonthlyUsd()) + " per month; with every recommendation "
                + Format.usd(s.recommendedMonthlyUsd()) + " per month (" + Verdict.describeChange(s.monthlyChangeUsd()) + ").");
        lines.add("CloudWatch: " + Format.count(s.cloudWatchApiCalls(), "GetMetricData call")
                + retries(s.cloudWatchRetries())
                + ", batched across clusters, " + Format.count(s.metricsRequested(), "metric") + " requested"
                + s.cloudWatchCostUsd().map(c -> ", about " + Format.unitPrice(c)).orElse(" (price unknown)") + ".");
        for (RegionFailure f : r.failedRegions()) {
            lines.add("Region " + f.region() + " not listed: " + f.reason());
        }
        return lines;
    }

    private static String retries(int n) {
        return n == 0 ? "" : n == 1 ? " (1 retry)" : " (" + n + " retries)";
    }

    private static String counts(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((label, n) -> {
            if (n > 0) {
                parts.add(n + " " + label);
            }
        });
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
