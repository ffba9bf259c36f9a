package mskplanner.rightsize.fleet;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.rightsize.FetchCost;
import mskplanner.engine.rightsize.Verdict;

/**
 * The fleet in numbers. Money sums only the clusters with a verdict, unrounded (rounded once when rendered).
 *
 * @param clusters clusters listed
 * @param currentMonthlyUsd what they cost now per month
 * @param recommendedMonthlyUsd what they would cost with every recommendation applied
 * @param monthlyChangeUsd recommended minus current (negative = saving)
 * @param counts clusters per verdict label (every kind, zeros included), then {@code skipped} and {@code failed}
 * @param cloudWatchApiCalls every GetMetricData call sent (each page is one), whichever clusters it carried and
 *                           however they ended (a call shared by a cluster that later failed still counts)
 * @param metricsRequested metrics of the calls CloudWatch answered (what it bills; a refused call returns nothing)
 * @param cloudWatchCostUsd their price at each region's {@code cloudwatch-metrics-requested-1000}; empty when a
 *                          region that was read has no such price
 * @param cloudWatchRetries attempts beyond the first of those calls (throttling, server errors)
 */
public record FleetSummary(int clusters, BigDecimal currentMonthlyUsd, BigDecimal recommendedMonthlyUsd,
                           BigDecimal monthlyChangeUsd, Map<String, Integer> counts, int cloudWatchApiCalls,
                           long metricsRequested, Optional<BigDecimal> cloudWatchCostUsd, int cloudWatchRetries) {
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";

    public FleetSummary {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /**
     * @param cloudWatch what the regions' batched reads sent, added up ({@link #total})
     */
    static FleetSummary of(List<FleetEntry> entries, FetchCost cloudWatch) {
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal change = BigDecimal.ZERO;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Verdict.Kind k : Verdict.Kind.values()) {
            counts.put(k.label(), 0);
        }
        counts.put(SKIPPED, 0);
        counts.put(FAILED, 0);
        for (FleetEntry e : entries) {
            current = current.add(e.currentMonthlyUsd());
            change = change.add(e.monthlyChangeUsd());
            counts.merge(label(e), 1, Integer::sum);
        }
        return new FleetSummary(entries.size(), current, current.add(change), change, counts, cloudWatch.apiCalls(),
                cloudWatch.metricsRequested(), cloudWatch.costUsd(), cloudWatch.retries());
    }

    /** Nothing sent. */
    static final FetchCost NO_CALLS = new FetchCost(0, 0, 0, 0, Optional.of(BigDecimal.ZERO));

    /** Two regions' reads added up; the price is unknown as soon as one region's is. */
    static FetchCost total(FetchCost a, FetchCost b) {
        Optional<BigDecimal> cost = a.costUsd().flatMap(x -> b.costUsd().map(x::add));
        return new FetchCost(a.apiCalls() + b.apiCalls(), a.retries() + b.retries(),
                a.metricsRequested() + b.metricsRequested(), a.datapoints() + b.datapoints(), cost);
    }

    private static String label(FleetEntry e) {
        return switch (e.outcome()) {
            case VERDICT -> e.report().orElseThrow().verdict().kind().label();
            case SKIPPED -> SKIPPED;
            default -> FAILED;
        };
    }
}
