package mskplanner.rightsize.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mskplanner.engine.cost.Money;
import mskplanner.rightsize.RightsizeMapping;
import mskplanner.rightsize.RightsizeResponse;

/**
 * The JSON contract of a fleet report ({@code rightsize --all-clusters --format json}). Each cluster carries exactly
 * one of {@code verdict} (the single report's verdict object), {@code skipped} or {@code failed} (a reason); money in
 * USD, rounded to cents; {@code cloudWatchCostUsd} unrounded, null when a region's price is unknown. Regions whose
 * listing failed are in {@code failedRegions}, each with its reason.
 */
public record FleetResponse(List<Cluster> clusters, List<FailedRegion> failedRegions, Summary summary) {

    public record FailedRegion(String region, String failed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cluster(String clusterArn, String clusterName, String region, String status,
                          RightsizeResponse.Verdict verdict, String skipped, String failed) {
    }

    public record Summary(int clusters, BigDecimal currentMonthlyUsd, BigDecimal recommendedMonthlyUsd,
                          BigDecimal monthlyChangeUsd, Map<String, Integer> counts, int cloudWatchApiCalls,
                          long metricsRequested, BigDecimal cloudWatchCostUsd, List<String> regions, int days,
                          int cloudWatchRetries) {
    }

    public static FleetResponse of(FleetReport r) {
        FleetSummary s = r.summary();
        return new FleetResponse(r.entries().stream().map(FleetResponse::cluster).toList(),
                r.failedRegions().stream().map(f -> new FailedRegion(f.region(), f.reason())).toList(),
                new Summary(s.clusters(), Money.cents(s.currentMonthlyUsd()), Money.cents(s.recommendedMonthlyUsd()),
                        Money.cents(s.monthlyChangeUsd()), s.counts(), s.cloudWatchApiCalls(), s.metricsRequested(),
                        s.cloudWatchCostUsd().orElse(null), r.regions(), r.days(),
                        s.cloudWatchRetries()));
    }

    private static Cluster cluster(FleetEntry e) {
        FleetMember m = e.member();
        String status = e.outcome().name().toLowerCase(Locale.ROOT);
        return new Cluster(m.clusterArn(), m.clusterName(), m.region(), status,
                e.report().map(rep -> RightsizeMapping.toResponse(rep).verdict()).orElse(null),
                e.outcome() == FleetEntry.Outcome.SKIPPED ? e.reason().orElseThrow() : null,
                e.outcome() == FleetEntry.Outcome.FAILED ? e.reason().orElseThrow() : null);
    }
}
