package mskplanner.metrics.prometheus;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.MetricSeries;

/**
 * The broker an {@code instance} label names. MSK broker hosts are {@code b-<id>.<cluster>.<suffix>.kafka.<region>
 * .amazonaws.com} and the exporters listen on 11001 (JMX) and 11002 (node), so {@code b-2.orders.x1y2z3.c4.kafka
 * .us-east-1.amazonaws.com:11002} is broker {@code 2}, the id CloudWatch's {@code Broker ID} dimension uses. Any other
 * host (self-managed Kafka) is its own id, port left off, so both exporters of one host are one broker.
 */
public final class BrokerInstances {
    private static final Pattern MSK_HOST = Pattern.compile("^b-(\\d+)\\..*");
    private static final Pattern PORT = Pattern.compile(":\\d+$");

    private BrokerInstances() {
    }

    public static String brokerId(String instance) {
        String host = PORT.matcher(instance.strip()).replaceFirst("");
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        Matcher m = MSK_HOST.matcher(host);
        return m.matches() ? m.group(1) : host;
    }

    /**
     * The brokers the report expects of a cluster read beside Prometheus series. An exported cluster names none, but
     * MSK numbers its brokers 1 to N, so when the instances are MSK brokers a silent one is still reported missing. Ids
     * the cluster does not know (hosts of self-managed Kafka) stand for themselves.
     */
    public static ClusterDescription expectedBrokers(ClusterDescription cluster, List<MetricSeries> series) {
        TreeSet<String> found = new TreeSet<>();
        series.forEach(s -> found.add(s.brokerId()));
        if (!cluster.brokerIds().isEmpty()) {
            return found.stream().anyMatch(cluster.brokerIds()::contains) ? cluster : cluster.withBrokerIds(List.of());
        }
        if (found.stream().allMatch(id -> id.matches("\\d+"))) {
            IntStream.rangeClosed(1, cluster.brokerCount()).forEach(i -> found.add(String.valueOf(i)));
            return cluster.withBrokerIds(List.copyOf(found));
        }
        return cluster;
    }
}
