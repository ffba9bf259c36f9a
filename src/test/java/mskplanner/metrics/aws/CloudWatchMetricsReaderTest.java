package mskplanner.metrics.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.FetchProgress;
import mskplanner.testing.AwsStub;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CloudWatchMetricsReaderTest {
    private static final Instant END = Instant.parse("2026-11-25T00:00:00Z");
    /** One day at one minute: 1,440 points per series. */
    private static final Window DAY = new Window(END.minus(Duration.ofDays(1)), END, 60);
    private static final BigDecimal USD_PER_1000 = new BigDecimal("0.01");

    private AwsStub stub;
    private AutoCloseable credentials;

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

    private CloudWatchMetricsReader.Fetched read(ClusterDescription cluster, int maxAttempts) {
        return read(cluster, maxAttempts, DAY);
    }

    private CloudWatchMetricsReader.Fetched read(ClusterDescription cluster, int maxAttempts, Window window) {
        AwsSettings s = AwsSettings.of("us-east-1", Optional.empty(), Optional.of(stub.endpoint()), maxAttempts)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
        CallCounter counter = new CallCounter();
        try (var cw = AwsClients.cloudWatch(s, counter)) {
            return new CloudWatchMetricsReader(cw, s, Fixtures.bundled().limits().cloudwatch(), Optional.of(USD_PER_1000))
                    .read(cluster, window, FetchProgress.NONE);
        }
    }

    static ClusterDescription cluster(int brokers, String type) {
        List<String> ids = IntStream.rangeClosed(1, brokers).mapToObj(String::valueOf).toList();
        return new ClusterDescription(AwsStub.ARN, "orders", "us-east-1", ClusterDescription.ClusterType.PROVISIONED, type,
                brokers, type.startsWith("express") ? 0 : 1000, 0, ClusterDescription.StorageMode.LOCAL, ids, 3);
    }

    @Test
    void every_metric_of_every_broker_comes_back_from_one_call_and_is_priced() {
        var fetched = read(cluster(3, "kafka.m7g.large"), 1);
        // per broker: CPU (expression over 2 hidden metrics), bytes in, bytes out, partitions, disk
        assertThat(fetched.series()).hasSize(15).allSatisfy(s -> assertThat(s.size()).isEqualTo(1440));
        assertThat(fetched.series()).extracting(MetricSeries::metric).containsOnly("CpuUser+CpuSystem", "BytesInPerSec",
                "BytesOutPerSec", "PartitionCount", "KafkaDataLogsDiskUsed");
        // 1 call x 3 brokers x 6 metrics = 18 metrics; 18 / 1000 x $0.01
        assertThat(fetched.cost().apiCalls()).isEqualTo(1);
        assertThat(fetched.cost().metricsRequested()).isEqualTo(18);
        assertThat(fetched.cost().datapoints()).isEqualTo(15 * 1440);
        assertThat(fetched.cost().costUsd()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.00018"));
    }

    @Test
    void the_request_names_the_metrics_as_msk_publishes_them() {
        read(cluster(3, "kafka.m7g.large"), 1);
        Map<String, String> form = stub.getMetricDataRequests.get(0);
        assertThat(form).containsEntry("Version", "2010-08-01")
                .containsEntry("StartTime", "2026-11-24T00:00:00Z").containsEntry("EndTime", "2026-11-25T00:00:00Z")
                .containsEntry("ScanBy", "TimestampAscending").containsEntry("MaxDatapoints", "100800")
                .containsEntry("MetricDataQueries.member.1.Id", "cpuuser_b1")
                .containsEntry("MetricDataQueries.member.1.ReturnData", "false")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Namespace", "AWS/Kafka")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.MetricName", "CpuUser")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name", "Cluster Name")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value", "orders")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Name", "Broker ID")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.2.Value", "1")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Period", "60")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Stat", "Average")
                .containsEntry("MetricDataQueries.member.3.Id", "cpu_b1")
                .containsEntry("MetricDataQueries.member.3.Expression", "cpuuser_b1+cpusystem_b1");
    }

    @Test
    void thirty_brokers_over_an_hour_are_one_call_of_210_queries() {
        var fetched = read(cluster(30, "kafka.m7g.large"), 1, new Window(END.minus(Duration.ofHours(1)), END, 60));
        // 7 queries per broker = 210 <= 500; 150 series x 60 points = 9,000 <= 100,800: one call, 30 x 6 metrics
        assertThat(stub.getMetricDataRequests).extracting(CloudWatchMetricsReaderTest::queryCount).containsExactly(210);
        assertThat(fetched.cost().metricsRequested()).isEqualTo(30 * 6);
        assertThat(fetched.series()).hasSize(30 * 5);
    }

    @Test
    void pages_are_followed_until_every_point_is_read() {
        stub.pointsPerPage = 500;
        var fetched = read(cluster(3, "kafka.m7g.large"), 1);
        // 1,440 points in pages of 500: three calls, each billed for its 18 metrics
        assertThat(fetched.cost().apiCalls()).isEqualTo(3);
        assertThat(fetched.cost().metricsRequested()).isEqualTo(54);
        assertThat(stub.getMetricDataRequests.get(1)).containsEntry("NextToken", "500");
        assertThat(fetched.series()).allSatisfy(s -> assertThat(s.size()).isEqualTo(1440));
        assertThat(fetched.series().get(0).epochSecond(1439)).isEqualTo(END.getEpochSecond() - 60);
    }

    @Test
    void throttling_is_retried_with_backoff_and_the_retry_is_counted() {
        stub.cloudWatchFailures.add(AwsStub.Failure.THROTTLING);
        var fetched = read(cluster(3, "kafka.m7g.large"), 3);
        assertThat(fetched.series()).hasSize(15);
        assertThat(fetched.cost().apiCalls()).isEqualTo(1);
        assertThat(fetched.cost().retries()).isEqualTo(1);
        assertThat(stub.getMetricDataRequests).hasSize(2);
    }

    @Test
    void throttling_beyond_the_attempts_says_to_wait_or_ask_for_less() {
        stub.cloudWatchAlwaysFails = AwsStub.Failure.THROTTLING;
        assertThatThrownBy(() -> read(cluster(3, "kafka.m7g.large"), 2)).isInstanceOf(AwsUnavailableException.class)
                .hasMessage("cloudwatch:GetMetricData was throttled (Throttling) after 2 attempts: wait a minute and "
                        + "retry, or ask for less history (--days) or a longer --period");
        assertThat(stub.getMetricDataRequests).hasSize(2);
    }

    @Test
    void a_server_error_that_persists_says_it_is_on_the_aws_side() {
        stub.cloudWatchAlwaysFails = AwsStub.Failure.INTERNAL;
        assertThatThrownBy(() -> read(cluster(3, "kafka.m7g.large"), 2))
                .hasMessage("cloudwatch:GetMetricData failed with HTTP 500 (InternalFailure) after 2 attempts: an AWS-side "
                        + "problem; retry later or check https://health.aws.amazon.com/");
    }

    @Test
    void access_denied_names_the_iam_actions_needed() {
        stub.cloudWatchAlwaysFails = AwsStub.Failure.ACCESS_DENIED;
        assertThatThrownBy(() -> read(cluster(3, "kafka.m7g.large"), 1))
                .hasMessage("access denied calling cloudwatch:GetMetricData (AccessDenied): check IAM: the caller needs "
                        + "kafka:DescribeClusterV2, kafka:ListNodes, cloudwatch:GetMetricData on cluster " + AwsStub.ARN);
    }

    @Test
    void no_data_at_all_asks_whether_the_cluster_name_is_right() {
        stub.brokersWithoutData.addAll(List.of("1", "2", "3"));
        assertThatThrownBy(() -> read(cluster(3, "kafka.m7g.large"), 1))
                .hasMessage("CloudWatch returned no AWS/Kafka data for cluster 'orders' in us-east-1 between "
                        + "2026-11-24T00:00:00Z and 2026-11-25T00:00:00Z: is the cluster name right, and did it have traffic in the window?");
    }

    @Test
    void a_broker_without_data_comes_back_as_empty_series() {
        stub.brokersWithoutData.add("3");
        var fetched = read(cluster(3, "kafka.m7g.large"), 1);
        assertThat(fetched.series()).filteredOn(s -> s.brokerId().equals("3")).hasSize(5).allSatisfy(s -> assertThat(s.isEmpty()).isTrue());
    }

    @Test
    void express_brokers_have_no_disk_metric_but_cluster_storage() {
        var fetched = read(cluster(3, "express.m7g.large"), 1);
        assertThat(fetched.series()).extracting(MetricSeries::metric).doesNotContain("KafkaDataLogsDiskUsed").contains("StorageUsed");
        assertThat(fetched.series()).filteredOn(s -> s.metric().equals("StorageUsed")).singleElement()
                .satisfies(s -> assertThat(s.brokerId()).isEqualTo(MetricSeries.CLUSTER));
    }

    static int queryCount(Map<String, String> form) {
        return (int) form.keySet().stream().filter(k -> k.matches("MetricDataQueries\\.member\\.\\d+\\.Id")).count();
    }
}
