package mskplanner.metrics.prometheus;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.MskMetric;

/**
 * The PromQL read for each metric, one series per broker by its {@code instance} label. The defaults use the names
 * MSK open monitoring exposes: the JMX exporter on port 11001 and the node exporter on port 11002
 * (https://docs.aws.amazon.com/msk/latest/developerguide/open-monitoring.html); docs/rightsize.md lists them. Each
 * value is in the unit of the CloudWatch metric it stands for, so the right-sizer treats both sources alike.
 * {@code $__rate_interval} is replaced as Grafana does, see {@link QueryRange#rateIntervalSeconds(int)}.
 */
public record PromQueries(Map<Key, String> byKey) {
    /** The keys of {@code --promql KEY=QUERY}, and the metric each query stands for. */
    public enum Key {
        BYTES_IN("bytesIn", MskMetric.BYTES_IN,
                "sum by (instance) (rate(kafka_server_BrokerTopicMetrics_Count{name=\"BytesInPerSec\",topic=\"\"}[$__rate_interval]))"),
        BYTES_OUT("bytesOut", MskMetric.BYTES_OUT,
                "sum by (instance) (rate(kafka_server_BrokerTopicMetrics_Count{name=\"BytesOutPerSec\",topic=\"\"}[$__rate_interval]))"),
        /** CpuUser + CpuSystem: user and system seconds per second over all CPUs, as a percent of the CPUs. */
        CPU("cpu", MskMetric.CPU, "100 * sum by (instance) (rate(node_cpu_seconds_total{mode=~\"user|system\"}[$__rate_interval]))"
                + " / count by (instance) (node_cpu_seconds_total{mode=\"idle\"})"),
        /** KafkaDataLogsDiskUsed: the data-log volume, mounted at /kafka/datalogs on MSK brokers. */
        DISK_USED_PERCENT("diskUsedPercent", MskMetric.DISK_USED, "max by (instance) (100 * (1 - node_filesystem_avail_bytes{mountpoint=\"/kafka/datalogs\"}"
                + " / node_filesystem_size_bytes{mountpoint=\"/kafka/datalogs\"}))"),
        PARTITIONS("partitions", MskMetric.PARTITION_COUNT, "sum by (instance) (kafka_server_ReplicaManager_Value{name=\"PartitionCount\"})");

        private final String flagName;
        private final MskMetric metric;
        private final String defaultQuery;

        Key(String flagName, MskMetric metric, String defaultQuery) {
            this.flagName = flagName;
            this.metric = metric;
            this.defaultQuery = defaultQuery;
        }

        /** The key as {@code --promql} spells it, e.g. {@code bytesIn}. */
        public String flagName() {
            return flagName;
        }

        public MskMetric metric() {
            return metric;
        }

        public String defaultQuery() {
            return defaultQuery;
        }

        static String names() {
            return Arrays.stream(values()).map(Key::flagName).collect(Collectors.joining(", "));
        }
    }

    public static final PromQueries DEFAULTS = new PromQueries(Arrays.stream(Key.values())
            .collect(Collectors.toMap(k -> k, Key::defaultQuery, (a, b) -> a, () -> new EnumMap<>(Key.class))));

    public PromQueries {
        Objects.requireNonNull(byKey, "byKey");
        byKey = Map.copyOf(byKey);
    }

    /** The defaults with each {@code KEY=QUERY} of {@code --promql} in place of its key's default. */
    public static PromQueries withOverrides(List<String> overrides) {
        Map<Key, String> queries = new EnumMap<>(DEFAULTS.byKey);
        for (String override : overrides) {
            int eq = override.indexOf('=');
            String key = eq < 0 ? override : override.substring(0, eq).strip();
            Key k = Arrays.stream(Key.values()).filter(c -> c.flagName.equals(key)).findFirst().orElseThrow(() ->
                    new InvalidInputException("--promql", override, "KEY=QUERY with KEY one of " + Key.names()));
            String query = override.substring(eq + 1).strip();
            if (query.isEmpty()) {
                throw new InvalidInputException("--promql", override, "a PromQL query after " + key + "=");
            }
            queries.put(k, query);
        }
        return new PromQueries(queries);
    }

    /** The query for {@code key}, with {@code $__rate_interval} filled in for this step. */
    public String query(Key key, int stepSeconds) {
        return byKey.get(key).replace("$__rate_interval", QueryRange.rateIntervalSeconds(stepSeconds) + "s");
    }
}
