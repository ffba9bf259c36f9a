package mskplanner.engine.rightsize;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mskplanner.engine.cost.CostBreakdown;

/**
 * Everything a right-sizing run found, ready to render as HTML, Markdown or JSON.
 *
 * @param cluster the cluster analysed
 * @param window the history analysed
 * @param source where the history came from
 * @param options the assumptions used
 * @param brokerMetrics statistics per metric and broker
 * @param clusterMetrics statistics of the cluster aggregates (total ingress, hottest broker's CPU, ...)
 * @param trends daily p95 trends
 * @param crossings when each trend reaches each threshold
 * @param profile the measured workload
 * @param capacity what the current cluster carries at the target utilisation
 * @param currentCost the current cluster's monthly bill
 * @param alternatives the cheapest fitting option per deployment class
 * @param verdict the answer
 * @param warnings things the reader should know (brokers without data, tiered storage not priced, ...)
 * @param history reduced series for charts
 * @param topics the topic inventory on the cluster's current bill, when one was given
 */
public record RightsizeReport(ClusterDescription cluster, Window window, DataSource source, RightsizeOptions options,
                              List<MetricSummary> brokerMetrics, List<MetricSummary> clusterMetrics, List<Trend> trends,
                              List<Crossing> crossings, MeasuredProfile profile, Capacity capacity,
                              CostBreakdown currentCost, List<SizedOption> alternatives, Verdict verdict,
                              List<String> warnings, List<SeriesView> history,
                              Optional<ClusterTopics> topics) {
    public RightsizeReport {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(verdict, "verdict");
        brokerMetrics = List.copyOf(brokerMetrics);
        clusterMetrics = List.copyOf(clusterMetrics);
        trends = List.copyOf(trends);
        crossings = List.copyOf(crossings);
        alternatives = List.copyOf(alternatives);
        warnings = List.copyOf(warnings);
        history = List.copyOf(history);
        Objects.requireNonNull(topics, "topics");
    }

    /** The same report with a topic inventory on the cluster's bill. */
    public RightsizeReport withTopics(ClusterTopics inventory) {
        return new RightsizeReport(cluster, window, source, options, brokerMetrics, clusterMetrics, trends, crossings,
                profile, capacity, currentCost, alternatives, verdict, warnings, history, Optional.of(inventory));
    }
}
