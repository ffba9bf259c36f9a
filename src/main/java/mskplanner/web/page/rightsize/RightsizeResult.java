package mskplanner.web.page.rightsize;

import java.util.List;
import mskplanner.app.LineItemDto;
import mskplanner.engine.apply.ClusterUpdate;
import mskplanner.rightsize.report.ReportSentences;
import mskplanner.web.page.Step;

/**
 * The right-sizing report as the page shows it, built from the typed report ({@link RightsizeResults}).
 *
 * @param region the cluster's region, whose prices were used
 * @param verdictClass CSS class of the verdict box, from a fixed set
 * @param headline the verdict in a sentence, as every report writes it
 * @param costLines the cost now, of the target and of the change, as every report writes them
 * @param currentMonthlyUsd what the cluster costs now, formatted
 * @param evidence the checks behind the verdict
 * @param cluster the cluster and the window analysed
 * @param profile the measured workload
 * @param currentLines the current bill, line by line
 * @param alternatives the cheapest fitting option per deployment class
 * @param clusterMetrics statistics of the cluster aggregates
 * @param brokerMetrics statistics per broker
 * @param forecast the trends in words, as every report writes them
 * @param trends daily p95 trends with charts
 * @param thresholds when each trend reaches each threshold, as every report writes it
 * @param assumptions every assumption used
 * @param warnings what the reader should know
 * @param downloads the report as HTML, Markdown and JSON files
 * @param apply how to apply the verdict, as every report writes it; null when it changes nothing
 */
public record RightsizeResult(String region, String verdictClass, String headline, List<String> costLines,
                              String currentMonthlyUsd, List<EvidenceBar> evidence, List<Step> cluster, List<Step> profile,
                              List<LineItemDto> currentLines, List<Step> alternatives, List<MetricRow> clusterMetrics,
                              List<MetricRow> brokerMetrics, List<String> forecast, List<TrendChart> trends,
                              List<ReportSentences.Line> thresholds, List<Step> assumptions, List<String> warnings,
                              List<DownloadLink> downloads, ClusterUpdate apply) {
    public RightsizeResult {
        costLines = List.copyOf(costLines);
        evidence = List.copyOf(evidence);
        cluster = List.copyOf(cluster);
        profile = List.copyOf(profile);
        currentLines = List.copyOf(currentLines);
        alternatives = List.copyOf(alternatives);
        clusterMetrics = List.copyOf(clusterMetrics);
        brokerMetrics = List.copyOf(brokerMetrics);
        forecast = List.copyOf(forecast);
        trends = List.copyOf(trends);
        thresholds = List.copyOf(thresholds);
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
        downloads = List.copyOf(downloads);
    }
}
