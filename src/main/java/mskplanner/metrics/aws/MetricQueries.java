package mskplanner.metrics.aws;

import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;
import mskplanner.metrics.QueryIds;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * The GetMetricData queries for a cluster, in batches of at most {@code maxQueries}. A broker's queries stay in one
 * batch because its CPU is a metric-math expression over two hidden queries of the same request.
 */
final class MetricQueries {
    /** CloudWatch namespace and dimension names of MSK (metrics-details.html); note the spaces. */
    static final String NAMESPACE = "AWS/Kafka";
    static final String DIM_CLUSTER_NAME = "Cluster Name";
    static final String DIM_BROKER_ID = "Broker ID";
    static final String STAT = "Average";

    /**
     * A batch of queries and how many of them CloudWatch bills as metrics requested.
     *
     * @param queries the queries of one request
     * @param metricsRequested queries that read a metric (expressions are not metrics)
     * @param returned queries whose data comes back
     */
    record Batch(List<MetricDataQuery> queries, int metricsRequested, int returned) {
    }

    private MetricQueries() {
    }

    static List<Batch> batches(ClusterDescription cluster, int periodSeconds, int maxQueries) {
        List<List<MetricDataQuery>> groups = new ArrayList<>();
        for (String broker : cluster.brokerIds()) {
            groups.add(brokerQueries(cluster, broker, periodSeconds));
        }
        if (cluster.express()) {
            groups.add(List.of(stat(cluster.name(), MskMetric.STORAGE_USED, MetricSeries.CLUSTER, periodSeconds, true)));
        }
        List<Batch> batches = new ArrayList<>();
        List<MetricDataQuery> current = new ArrayList<>();
        for (List<MetricDataQuery> group : groups) {
            if (!current.isEmpty() && current.size() + group.size() > maxQueries) {
                batches.add(batch(current));
                current = new ArrayList<>();
            }
            current.addAll(group);
        }
        if (!current.isEmpty()) {
            batches.add(batch(current));
        }
        return batches;
    }

    private static Batch batch(List<MetricDataQuery> queries) {
        int metrics = (int) queries.stream().filter(q -> q.metricStat() != null).count();
        int returned = (int) queries.stream().filter(q -> !Boolean.FALSE.equals(q.returnData())).count();
        return new Batch(List.copyOf(queries), metrics, returned);
    }

    private static List<MetricDataQuery> brokerQueries(ClusterDescription c, String broker, int period) {
        String user = QueryIds.of(MskMetric.CPU_USER, broker);
        String system = QueryIds.of(MskMetric.CPU_SYSTEM, broker);
        List<MetricDataQuery> queries = new ArrayList<>(List.of(
                stat(c.name(), MskMetric.CPU_USER, broker, period, false),
                stat(c.name(), MskMetric.CPU_SYSTEM, broker, period, false),
                MetricDataQuery.builder().id(QueryIds.of(MskMetric.CPU, broker)).expression(user + "+" + system)
                        .label(MskMetric.CPU.cloudWatchName() + " broker " + broker).returnData(true).build(),
                stat(c.name(), MskMetric.BYTES_IN, broker, period, true),
                stat(c.name(), MskMetric.BYTES_OUT, broker, period, true),
                stat(c.name(), MskMetric.PARTITION_COUNT, broker, period, true)));
        if (!c.express()) {
            queries.add(stat(c.name(), MskMetric.DISK_USED, broker, period, true));
        }
        return queries;
    }

    private static MetricDataQuery stat(String cluster, MskMetric metric, String broker, int period, boolean returned) {
        List<Dimension> dims = new ArrayList<>(List.of(Dimension.builder().name(DIM_CLUSTER_NAME).value(cluster).build()));
        if (!MetricSeries.CLUSTER.equals(broker)) {
            dims.add(Dimension.builder().name(DIM_BROKER_ID).value(broker).build());
        }
        Metric m = Metric.builder().namespace(NAMESPACE).metricName(metric.cloudWatchName()).dimensions(dims).build();
        return MetricDataQuery.builder().id(QueryIds.of(metric, broker))
                .metricStat(MetricStat.builder().metric(m).period(period).stat(STAT).build())
                .label(metric.cloudWatchName() + " broker " + broker)
                .returnData(returned).build();
    }
}
