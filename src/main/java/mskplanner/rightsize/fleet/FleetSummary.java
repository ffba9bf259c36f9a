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
 * @param cloudWatchApiCalls GetMetricData calls of the clusters with a verdict
 * @param metricsRequested metrics requested by those calls (what CloudWatch bills)
 * @param cloudWatchCostUsd their price; empty when a region's price is unknown
 */
public record FleetSummary(int clusters, BigDecimal currentMonthlyUsd, BigDecimal recommendedMonthlyUsd,
                           BigDecimal monthlyChangeUsd, Map<String, Integer> counts, int cloudWatchApiCalls,
                           long metricsRequested, Optional<BigDecimal> cloudWatchCostUsd) {
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";

    public FleetSummary {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    static FleetSummary of(List<FleetEntry> entries) {
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal change = BigDecimal.ZERO;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Verdict.Kind k : Verdict.Kind.values()) {
            counts.put(k.label(), 0);
        }
        counts.put(SKIPPED, 0);
        counts.put(FAILED, 0);
        int calls = 0;
        long metrics = 0;
        Optional<BigDecimal> cost = Optional.of(BigDecimal.ZERO);
        for (FleetEntry e : entries) {
            current = current.add(e.currentMonthlyUsd());
            change = change.add(e.monthlyChangeUsd());
            counts.merge(label(e), 1, Integer::sum);
            Optional<FetchCost> fetch = e.report().flatMap(r -> r.source().fetch());
            if (fetch.isPresent()) {
                calls += fetch.get().apiCalls();
                metrics += fetch.get().metricsRequested();
                Optional<BigDecimal> usd = fetch.get().costUsd();
                cost = cost.flatMap(c -> usd.map(c::add));
            }
        }
        return new FleetSummary(entries.size(), current, current.add(change), change, counts, calls, metrics, cost);
    }

    private static String label(FleetEntry e) {
        return switch (e.outcome()) {
            case VERDICT -> e.report().orElseThrow().verdict().kind().label();
            case SKIPPED -> SKIPPED;
            default -> FAILED;
        };
    }
}
