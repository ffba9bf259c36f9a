package mskplanner.metrics.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import mskplanner.aws.NoMetricsException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.FetchProgress;
import mskplanner.testing.AwsStub;
import mskplanner.testing.AwsStub.StubCluster;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several clusters read together against the local CloudWatch stub: the batches, the ids, who pays, who fails. */
class CloudWatchFleetReadTest {
    private static final Instant END = Instant.parse("2026-11-25T00:00:00Z");
    /** 14 days at one hour: 336 points per series. */
    private static final Window TWO_WEEKS_HOURLY = new Window(END.minus(Duration.ofDays(14)), END, 3600);
    /** One day at one minute: 1,440 points per series, 70 series (14 brokers) per answer. */
    private static final Window DAY = new Window(END.minus(Duration.ofDays(1)), END, 60);
    private static final BigDecimal USD_PER_1000 = new BigDecimal("0.01");

    private AwsStub stub;
    private AutoCloseable credentials;
    private final List<String> readDone = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        stub = AwsStub.start();
        credentials = AwsStub.testCredentials();
    }

    @AfterEach
    void stop() throws Exception {
        credentials.close();
        stub.close();
    }

    private CloudWatchMetricsReader.FleetFetch read(List<ClusterDescription> clusters, Window window, int maxAttempts) {
        AwsSettings s = AwsSettings.of("us-east-1", Optional.empty(), Optional.of(stub.endpoint()), maxAttempts)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
        try (var cw = AwsClients.cloudWatch(s, new CallCounter())) {
            return new CloudWatchMetricsReader(cw, s, Fixtures.bundled().limits().cloudwatch(), Optional.of(USD_PER_1000))
                    .readAll(clusters, window, FetchProgress.NONE, c -> readDone.add(c.name()));
        }
    }

    private static ClusterDescription cluster(String name, int brokers) {
        List<String> ids = IntStream.rangeClosed(1, brokers).mapToObj(String::valueOf).toList();
        return new ClusterDescription("arn:aws:kafka:us-east-1:123456789012:cluster/" + name + "/x-1", name, "us-east-1",
                ClusterDescription.ClusterType.PROVISIONED, "kafka.m7g.large", brokers, 1000, 0,
                ClusterDescription.StorageMode.LOCAL, ids, 3);
    }

    private static List<ClusterDescription> clusters(int n, int brokers) {
        List<ClusterDescription> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(cluster("k" + i, brokers));
        }
        return list;
    }

    @Test
    void three_clusters_of_six_brokers_over_two_weeks_hourly_are_one_call_and_each_gets_its_own_series() {
        var fetch = read(List.of(cluster("a", 6), cluster("b", 6), cluster("c", 6)), TWO_WEEKS_HOURLY, 1);
        // 18 brokers x 7 = 126 queries, 90 series x 336 points = 30,240: one call naming all three clusters.
        assertThat(stub.metricCalls).singleElement().satisfies(call -> {
            assertThat(call.queries()).isEqualTo(126);
            assertThat(call.clusters()).containsExactly("a", "b", "c");
            assertThat(call.pointsAnswered()).isEqualTo(30_240);
        });
        assertThat(fetch.clusters()).allSatisfy(r -> {
            assertThat(r.failure()).isEmpty();
            assertThat(r.series()).hasSize(30).allSatisfy(s -> assertThat(s.size()).isEqualTo(336));
            assertThat(r.series()).extracting(MetricSeries::brokerId).containsOnly("1", "2", "3", "4", "5", "6");
        });
        // 108 metrics billed once: 108 / 1000 x $0.01 = $0.00108; each cluster's share 36 -> $0.00036.
        assertThat(fetch.total().apiCalls()).isEqualTo(1);
        assertThat(fetch.total().metricsRequested()).isEqualTo(108);
        assertThat(fetch.total().datapoints()).isEqualTo(30_240);
        assertThat(fetch.total().costUsd()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.00108"));
        assertThat(fetch.clusters()).allSatisfy(r -> {
            assertThat(r.cost().apiCalls()).isEqualTo(1);
            assertThat(r.cost().metricsRequested()).isEqualTo(36);
            assertThat(r.cost().costUsd()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.00036"));
        });
        assertThat(readDone).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void ids_follow_cloudwatchs_rule_are_unique_in_a_call_and_name_cluster_broker_and_metric() {
        read(List.of(cluster("a", 2), cluster("b", 2)), TWO_WEEKS_HOURLY, 1);
        Map<String, String> form = stub.getMetricDataRequests.get(0);
        List<String> ids = form.entrySet().stream().filter(e -> e.getKey().matches("MetricDataQueries\\.member\\.\\d+\\.Id"))
                .map(Map.Entry::getValue).toList();
        // 2 clusters x 2 brokers x 7 queries
        assertThat(ids).hasSize(28).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-zA-Z0-9_]{0,254}"));
        assertThat(ids).startsWith("c1_cpuuser_b1", "c1_cpusystem_b1", "c1_cpu_b1", "c1_bytesin_b1").contains("c2_disk_b2");
        assertThat(form).containsEntry("MetricDataQueries.member.3.Expression", "c1_cpuuser_b1+c1_cpusystem_b1")
                .containsEntry("MetricDataQueries.member.8.MetricStat.Metric.Dimensions.member.1.Value", "a")
                .containsEntry("MetricDataQueries.member.15.MetricStat.Metric.Dimensions.member.1.Value", "b");
    }

    @Test
    void calls_hold_at_most_100800_points_and_a_cluster_may_span_two() {
        var fetch = read(List.of(cluster("a", 6), cluster("b", 6), cluster("c", 6)), DAY, 1);
        // 70 series of 1,440 points = 100,800 per answer: 14 brokers (98 queries), then 4 brokers (28 queries).
        // (Calls run at once, so they arrive in either order.)
        assertThat(stub.metricCalls).extracting(AwsStub.MetricCall::queries).containsExactlyInAnyOrder(98, 28);
        assertThat(stub.metricCalls).extracting(AwsStub.MetricCall::pointsAnswered).containsExactlyInAnyOrder(100_800L, 28_800L);
        // c's brokers 1-2 ride in the first call, 3-6 in the second: two calls carried c, one carried a and b.
        assertThat(fetch.clusters()).extracting(r -> r.cost().apiCalls()).containsExactly(1, 1, 2);
        assertThat(fetch.total().apiCalls()).isEqualTo(2);
        assertThat(fetch.total().metricsRequested()).isEqualTo(108);
    }

    @Test
    void a_fleet_past_500_queries_is_split_into_calls_of_at_most_500() {
        read(clusters(12, 6), new Window(END.minus(Duration.ofHours(1)), END, 60), 1);
        // 72 brokers x 7 = 504 queries: 500 (71 brokers and the 72nd's CPU), then 4.
        assertThat(stub.metricCalls).extracting(AwsStub.MetricCall::queries).containsExactlyInAnyOrder(500, 4);
    }

    @Test
    void a_cluster_whose_metrics_are_denied_fails_alone_and_the_others_keep_their_series() {
        stub.withClusters(StubCluster.provisioned("b", "kafka.m7g.large", 6).denyingMetrics());
        var fetch = read(List.of(cluster("a", 6), cluster("b", 6), cluster("c", 6)), TWO_WEEKS_HOURLY, 1);
        assertThat(fetch.clusters().get(1).failure()).hasValueSatisfying(e -> assertThat(e).hasMessage(
                "access denied reading cpu_b1 (cloudwatch:GetMetricData status Forbidden): check IAM: the caller needs "
                        + "kafka:DescribeClusterV2, kafka:ListNodes, cloudwatch:GetMetricData on cluster "
                        + "arn:aws:kafka:us-east-1:123456789012:cluster/b/x-1"));
        assertThat(fetch.clusters().get(0).series()).hasSize(30);
        assertThat(fetch.clusters().get(2).series()).hasSize(30);
        // The call was made and answered: b's 36 metrics are billed like the others'.
        assertThat(fetch.total().metricsRequested()).isEqualTo(108);
    }

    @Test
    void a_throttled_call_fails_the_clusters_in_it_and_no_other() {
        // 14 brokers fill an answer of a day at one minute: a is one call, b another.
        stub.withClusters(StubCluster.provisioned("b", "kafka.m7g.large", 14).metricsFailing(AwsStub.Failure.THROTTLING));
        var fetch = read(List.of(cluster("a", 14), cluster("b", 14)), DAY, 2);
        assertThat(fetch.clusters().get(0).failure()).isEmpty();
        assertThat(fetch.clusters().get(0).series()).hasSize(70);
        assertThat(fetch.clusters().get(1).failure()).hasValueSatisfying(e -> assertThat(e).hasMessage(
                "cloudwatch:GetMetricData was throttled (Throttling) after 2 attempts: wait a minute and retry, "
                        + "or ask for less history (--days) or a longer --period"));
        // Sent: a's call, b's call and its one retry. Billed: a's 14 x 6 = 84 metrics; b was never answered.
        assertThat(stub.metricCalls).hasSize(3);
        assertThat(fetch.total().apiCalls()).isEqualTo(2);
        assertThat(fetch.total().retries()).isEqualTo(1);
        assertThat(fetch.total().metricsRequested()).isEqualTo(84);
        assertThat(fetch.clusters().get(1).cost().retries()).isEqualTo(1);
        assertThat(fetch.clusters().get(0).cost().retries()).isZero();
    }

    @Test
    void a_cluster_without_data_is_no_metrics_and_not_a_failure_of_the_others() {
        stub.withClusters(StubCluster.provisioned("quiet", "kafka.m7g.large", 3).withoutMetrics());
        var fetch = read(List.of(cluster("quiet", 3), cluster("a", 3)), TWO_WEEKS_HOURLY, 1);
        assertThat(fetch.clusters().get(0).failure()).containsInstanceOf(NoMetricsException.class);
        assertThat(fetch.clusters().get(1).series()).hasSize(15);
    }

    @Test
    void a_cluster_without_brokers_asks_nothing_is_no_metrics_and_is_still_told_done() {
        // ListNodes listed no broker of it (3 in its description): no query to send.
        ClusterDescription empty = new ClusterDescription("arn:aws:kafka:us-east-1:123456789012:cluster/empty/x-1", "empty",
                "us-east-1", ClusterDescription.ClusterType.PROVISIONED, "kafka.m7g.large", 3, 1000, 0,
                ClusterDescription.StorageMode.LOCAL, List.of(), 3);
        var fetch = read(List.of(empty, cluster("a", 3)), TWO_WEEKS_HOURLY, 1);
        assertThat(fetch.clusters().get(0).failure()).containsInstanceOf(NoMetricsException.class);
        assertThat(fetch.clusters().get(0).cost().apiCalls()).isZero();
        assertThat(stub.metricCalls).singleElement().satisfies(c -> assertThat(c.clusters()).containsExactly("a"));
        assertThat(readDone).containsExactlyInAnyOrder("empty", "a");
    }

    @Test
    void at_most_four_calls_are_in_flight_at_once() {
        // 8 clusters of 71 brokers over 5 minutes: 8 x 497 = 3,976 queries, more than 7 calls of 500.
        stub.holdMetricCallsUntil = new CountDownLatch(CloudWatchMetricsReader.MAX_REQUESTS_IN_FLIGHT);
        read(clusters(8, 71), new Window(END.minus(Duration.ofMinutes(5)), END, 60), 1);
        assertThat(stub.metricCalls.size()).isGreaterThan(7);
        assertThat(stub.metricCalls).allSatisfy(c -> assertThat(c.queries()).isLessThanOrEqualTo(500));
        assertThat(stub.mostMetricCallsAtOnce.get()).isEqualTo(CloudWatchMetricsReader.MAX_REQUESTS_IN_FLIGHT);
    }
}
