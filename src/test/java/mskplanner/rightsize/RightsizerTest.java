package mskplanner.rightsize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MetricSummary;
import mskplanner.engine.rightsize.MskMetric;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.engine.rightsize.RightsizeReport;
import mskplanner.testing.FakeSizing;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RightsizerTest {
    private static final long T0 = 1_764_547_200L; // 2025-12-01T00:00:00Z

    private final List<MetricSeries> series = new ArrayList<>();

    private static RightsizeReport analyse(ClusterDescription cluster, List<MetricSeries> series) {
        var p = Fixtures.bundled();
        return new Rightsizer(p.catalog(), p.limits(), new CostCalculator(Fixtures.usEast1(), 730), new FakeSizing(),
                RightsizeOptions.DEFAULTS).analyse(cluster, series, DataSource.of("test", ""));
    }

    private static ClusterDescription cluster(String... brokerIds) {
        return new ClusterDescription("arn:aws:kafka:us-east-1:123456789012:cluster/orders/x-1", "orders", "us-east-1",
                ClusterDescription.ClusterType.PROVISIONED, "kafka.m7g.large", 3, 1000, 0,
                ClusterDescription.StorageMode.LOCAL, List.of(brokerIds), 3);
    }

    /** One point per minute from T0. */
    private void add(MskMetric metric, String broker, double... values) {
        long[] t = new long[values.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0 + 60L * i;
        }
        series.add(MetricSeries.of(metric, broker, t, values));
    }

    /** Ten minutes of three brokers: broker 1 ingests 1..10 MB/s, the others 1 MB/s each; CPU user 10 + system 5. */
    private void tenMinutesOfThreeBrokers() {
        double[] rising = new double[10];
        double[] steady = new double[10];
        for (int k = 0; k < 10; k++) {
            rising[k] = (k + 1) * 1e6;
            steady[k] = 1e6;
        }
        for (String b : List.of("1", "2", "3")) {
            add(MskMetric.BYTES_IN, b, b.equals("1") ? rising : steady);
            add(MskMetric.BYTES_OUT, b, b.equals("1") ? rising : steady);
            add(MskMetric.CPU_USER, b, fill(b.equals("2") ? 30 : 10));
            add(MskMetric.CPU_SYSTEM, b, fill(5));
            add(MskMetric.DISK_USED, b, fill(30));
            add(MskMetric.PARTITION_COUNT, b, fill(100));
        }
    }

    private static double[] fill(double v) {
        double[] a = new double[10];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void cluster_ingress_is_the_sum_of_brokers_and_its_peak_is_the_p99() {
        tenMinutesOfThreeBrokers();
        var profile = analyse(cluster("1", "2", "3"), series).profile();
        // per minute (k + 1) + 1 + 1 = 3..12 MB/s: mean 7.5; p99 h = 9 x 0.99 = 8.91 -> 11 + 0.91 = 11.91
        assertThat(profile.avgIngressMBps()).isCloseTo(7.5, within(1e-9));
        assertThat(profile.peakIngressMBps()).isCloseTo(11.91, within(1e-9));
        assertThat(profile.fanOut()).isCloseTo(1, within(1e-9));
    }

    @Test
    void cpu_is_user_plus_system_and_the_hottest_broker_is_judged() {
        tenMinutesOfThreeBrokers();
        RightsizeReport r = analyse(cluster("1", "2", "3"), series);
        // broker 2: 30 + 5 = 35%
        assertThat(clusterMetric(r, "CPU, hottest broker").stats().orElseThrow().p95()).isCloseTo(35, within(1e-9));
        // mean of 15, 35, 15
        assertThat(clusterMetric(r, "CPU, broker mean").stats().orElseThrow().mean()).isCloseTo(65 / 3d, within(1e-9));
    }

    @Test
    void leaders_are_replicas_over_the_replication_factor_and_storage_one_copy_of_what_is_on_disk() {
        tenMinutesOfThreeBrokers();
        var profile = analyse(cluster("1", "2", "3"), series).profile();
        // 3 x 100 replicas / RF 3; 30% x 1000 GiB x 3 brokers / 3 copies
        assertThat(profile.partitionReplicas()).isEqualTo(300);
        assertThat(profile.leaderPartitions()).isEqualTo(100);
        assertThat(profile.storageUsedGiB()).isCloseTo(300, within(1e-9));
    }

    @Test
    void the_window_and_period_are_inferred_from_the_points() {
        tenMinutesOfThreeBrokers();
        RightsizeReport r = analyse(cluster("1", "2", "3"), series);
        assertThat(r.window().periodSeconds()).isEqualTo(60);
        assertThat(r.window().expectedPoints()).isEqualTo(10);
        assertThat(brokerMetric(r, "BytesInPerSec", "broker 1").missingPoints()).isZero();
    }

    @Test
    void missing_minutes_are_counted_and_left_out_of_the_cluster_total() {
        tenMinutesOfThreeBrokers();
        series.removeIf(s -> s.metric().equals("BytesInPerSec") && s.brokerId().equals("3"));
        add(MskMetric.BYTES_IN, "3", 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6);
        RightsizeReport r = analyse(cluster("1", "2", "3"), series);
        assertThat(brokerMetric(r, "BytesInPerSec", "broker 3").missingPoints()).isEqualTo(2);
        assertThat(clusterMetric(r, "Cluster ingress").points()).isEqualTo(8);
    }

    @Test
    void a_broker_without_data_is_named_in_the_warnings() {
        tenMinutesOfThreeBrokers();
        RightsizeReport r = analyse(cluster("1", "2", "3", "4"), series);
        assertThat(r.warnings()).contains("Broker 4 reported no data in the window: was it down or replaced? "
                + "Its load is missing from the totals.");
    }

    @Test
    void broker_ids_come_from_the_metrics_when_the_cluster_does_not_list_them() {
        tenMinutesOfThreeBrokers();
        assertThat(analyse(cluster(), series).cluster().brokerIds()).containsExactly("1", "2", "3");
    }

    @Test
    void without_bytes_in_there_is_nothing_to_judge() {
        tenMinutesOfThreeBrokers();
        series.removeIf(s -> s.metric().equals("BytesInPerSec"));
        assertThatThrownBy(() -> analyse(cluster("1", "2", "3"), series)).isInstanceOf(NoMetricDataException.class)
                .hasMessage("no BytesInPerSec or CPU data for cluster 'orders' in us-east-1 between "
                        + "2025-12-01T00:00:00Z and 2025-12-01T00:10:00Z");
    }

    @Test
    void serverless_clusters_are_not_right_sized() {
        var serverless = new ClusterDescription("arn:aws:kafka:us-east-1:123456789012:cluster/s/x-1", "s", "us-east-1",
                ClusterDescription.ClusterType.SERVERLESS, "", 0, 0, 0, ClusterDescription.StorageMode.LOCAL, List.of(), 3);
        assertThatThrownBy(() -> analyse(serverless, series)).isInstanceOf(InvalidInputException.class)
                .hasMessage("cluster.clusterType = SERVERLESS is not allowed: PROVISIONED (Standard or Express brokers): "
                        + "right-sizing MSK Serverless is not supported");
    }

    @Test
    void metrics_the_right_sizer_does_not_use_are_reported_and_ignored() {
        tenMinutesOfThreeBrokers();
        series.add(new MetricSeries("HeapMemoryAfterGC", "1", List.of(), new double[0]));
        assertThat(analyse(cluster("1", "2", "3"), series).warnings())
                .contains("Ignored metric HeapMemoryAfterGC (broker 1): the right-sizer does not use it.");
    }

    private static MetricSummary clusterMetric(RightsizeReport r, String metric) {
        return r.clusterMetrics().stream().filter(m -> m.metric().equals(metric)).findFirst().orElseThrow();
    }

    private static MetricSummary brokerMetric(RightsizeReport r, String metric, String scope) {
        return r.brokerMetrics().stream().filter(m -> m.metric().equals(metric) && m.scope().equals(scope)).findFirst().orElseThrow();
    }
}
