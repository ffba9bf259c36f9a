package mskplanner.web.page.rightsize;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.app.LineItemDto;
import mskplanner.web.page.Step;

/**
 * The right-sizing report as the page shows it.
 *
 * @param region the cluster's region, whose prices were used
 * @param verdictKind right-sized, over-provisioned, under-provisioned or switch-deployment
 * @param headline the verdict in a sentence
 * @param currentMonthlyUsd what the cluster costs now
 * @param monthlyChangeUsd what the target would change per month (negative saves), or {@code null}
 * @param target the recommended configuration, or empty
 * @param evidence the checks behind the verdict
 * @param cluster the cluster and the window analysed
 * @param profile the measured workload
 * @param currentLines the current bill, line by line
 * @param alternatives the cheapest fitting option per deployment class
 * @param clusterMetrics statistics of the cluster aggregates
 * @param brokerMetrics statistics per broker
 * @param trends daily p95 trends with charts
 * @param crossings when each trend reaches each threshold
 * @param assumptions every assumption used
 * @param warnings what the reader should know
 */
public record RightsizeResult(String region, String verdictKind, String headline, BigDecimal currentMonthlyUsd, BigDecimal monthlyChangeUsd,
                              String target, List<EvidenceBar> evidence, List<Step> cluster, List<Step> profile,
                              List<LineItemDto> currentLines, List<Step> alternatives, List<MetricRow> clusterMetrics,
                              List<MetricRow> brokerMetrics, List<TrendChart> trends, List<Step> crossings,
                              List<Step> assumptions, List<String> warnings) {
    public RightsizeResult {
        evidence = List.copyOf(evidence);
        cluster = List.copyOf(cluster);
        profile = List.copyOf(profile);
        currentLines = List.copyOf(currentLines);
        alternatives = List.copyOf(alternatives);
        clusterMetrics = List.copyOf(clusterMetrics);
        brokerMetrics = List.copyOf(brokerMetrics);
        trends = List.copyOf(trends);
        crossings = List.copyOf(crossings);
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
    }

    public BigDecimal annualChangeUsd() {
        return monthlyChangeUsd == null ? null : monthlyChangeUsd.multiply(BigDecimal.valueOf(12));
    }

    /** A CSS class per verdict kind, from a fixed set so an unexpected kind cannot inject a class name. */
    public String verdictClass() {
        return switch (verdictKind) {
            case "right-sized", "over-provisioned", "under-provisioned", "switch-deployment" -> "verdict verdict-" + verdictKind;
            default -> "verdict";
        };
    }
}
