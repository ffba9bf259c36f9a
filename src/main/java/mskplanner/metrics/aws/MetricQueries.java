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
 * The GetMetricData queries of a cluster, as units that {@link BatchPlan} packs into requests. The CPU of a broker is
 * a metric-math expression over two hidden queries, so those three stay in one unit (one request); every other
 * metric is a unit of its own.
 */
final class MetricQueries {
    /** CloudWatch namespace and dimension names of MSK (metrics-details.html); note the spaces. */
    static final String NAMESPACE = "AWS/Kafka";
    static final String DIM_CLUSTER_NAME = "Cluster Name";
    static final String DIM_BROKER_ID = "Broker ID";
    static final String STAT = "Average";

    /**
     * A returned series: its query id in the request and what it is.
     *
     * @param id the query id sent (with the cluster's prefix)
     * @param key metric and broker
     */
    record Series(String id, QueryIds.Key key) {
    }

    /**
     * Queries that travel together.
     *
     * @param queries the queries, in request order
     * @param series the ones whose data comes back
     */
    record QueryUnit(List<MetricDataQuery> queries, List<Series> series) {
        QueryUnit {
            queries = List.copyOf(queries);
            series = List.copyOf(series);
        }

        BatchPlan.Unit size() {
            int metrics = (int) queries.stream().filter(q -> q.metricStat() != null).count();
            return new BatchPlan.Unit(queries.size(), metrics, series.size());
        }
    }

    private MetricQueries() {
    }

    /**
     * @param idPrefix put before every query id, so that the ids of several clusters in one request differ; empty for
     *                 one cluster ({@code bytesin_b1}, the ids of the metrics files)
     */
    static List<QueryUnit> units(ClusterDescription c, int periodSeconds, String idPrefix) {
        List<QueryUnit> units = new ArrayList<>();
        for (String broker : c.brokerIds()) {
            units.add(cpu(c.name(), broker, periodSeconds, idPrefix));
            List<MskMetric> metrics = new ArrayList<>(List.of(MskMetric.BYTES_IN, MskMetric.BYTES_OUT, MskMetric.PARTITION_COUNT));
            if (!c.express()) {
                metrics.add(MskMetric.DISK_USED);
            }
            for (MskMetric m : metrics) {
                units.add(single(c.name(), m, broker, periodSeconds, idPrefix));
            }
        }
        if (c.express()) {
            units.add(single(c.name(), MskMetric.STORAGE_USED, MetricSeries.CLUSTER, periodSeconds, idPrefix));
        }
        return units;
    }

    private static QueryUnit cpu(String cluster, String broker, int period, String prefix) {
        String user = prefix + QueryIds.of(MskMetric.CPU_USER, broker);
        String system = prefix + QueryIds.of(MskMetric.CPU_SYSTEM, broker);
        String id = prefix + QueryIds.of(MskMetric.CPU, broker);
        MetricDataQuery sum = MetricDataQuery.builder().id(id).expression(user + "+" + system)
                .label(MskMetric.CPU.cloudWatchName() + " broker " + broker).returnData(true).build();
        return new QueryUnit(List.of(stat(cluster, MskMetric.CPU_USER, broker, period, false, user),
                stat(cluster, MskMetric.CPU_SYSTEM, broker, period, false, system), sum),
                List.of(new Series(id, new QueryIds.Key(MskMetric.CPU, broker))));
    }

    private static QueryUnit single(String cluster, MskMetric metric, String broker, int period, String prefix) {
        String id = prefix + QueryIds.of(metric, broker);
        return new QueryUnit(List.of(stat(cluster, metric, broker, period, true, id)),
                List.of(new Series(id, new QueryIds.Key(metric, broker))));
    }

    private static MetricDataQuery stat(String cluster, MskMetric metric, String broker, int period, boolean returned,
                                        String id) {
        List<Dimension> dims = new ArrayList<>(List.of(Dimension.builder().name(DIM_CLUSTER_NAME).value(cluster).build()));
        if (!MetricSeries.CLUSTER.equals(broker)) {
            dims.add(Dimension.builder().name(DIM_BROKER_ID).value(broker).build());
        }
        Metric m = Metric.builder().namespace(NAMESPACE).metricName(metric.cloudWatchName()).dimensions(dims).build();
        return MetricDataQuery.builder().id(id)
                .metricStat(MetricStat.builder().metric(m).period(period).stat(STAT).build())
                .label(metric.cloudWatchName() + " broker " + broker)
                .returnData(returned).build();
    }
}
