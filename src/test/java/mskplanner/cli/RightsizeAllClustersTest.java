package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.testing.AwsStub;
import mskplanner.testing.AwsStub.StubCluster;
import mskplanner.testing.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rightsize --all-clusters} end to end against the local MSK and CloudWatch stub: a fleet of five clusters,
 * listed over two ListClustersV2 pages, where each ends up with a verdict, skipped or failed.
 */
class RightsizeAllClustersTest {
    private static final String NL = System.lineSeparator();
    private static final StubCluster PAYMENTS = StubCluster.provisioned("payments", "kafka.m7g.large", 3);
    private static final StubCluster CLICKS = StubCluster.provisioned("clicks", "kafka.m7g.xlarge", 3);
    private static final StubCluster EVENTS = StubCluster.serverless("events");
    private static final StubCluster QUIET = StubCluster.provisioned("quiet", "kafka.m7g.large", 3).withoutMetrics();
    private static final StubCluster LOCKED = StubCluster.provisioned("locked", "kafka.m7g.large", 3)
            .failing(AwsStub.Failure.KAFKA_ACCESS_DENIED);

    private final Cli cli = new Cli();
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

    private int run(String... extra) {
        List<String> args = new ArrayList<>(List.of("rightsize", "--all-clusters", "--region", "us-east-1", "--days", "1",
                "--endpoint-url", stub.endpoint().toString(), "--quiet", "--max-attempts", "2"));
        args.addAll(List.of(extra));
        return cli.run(args.toArray(String[]::new));
    }

    private JsonNode givenTheFleetAsJson() throws Exception {
        stub.withClusters(PAYMENTS, EVENTS, QUIET, LOCKED, CLICKS);
        assertThat(run("--format", "json")).as(cli.err()).isZero();
        return Json.mapper().readTree(cli.out());
    }

    private static JsonNode cluster(JsonNode fleet, String name) {
        for (JsonNode c : fleet.get("clusters")) {
            if (c.get("clusterName").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no cluster " + name + " in " + fleet);
    }

    @Test
    void every_cluster_is_reported_as_a_verdict_skipped_or_failed_and_the_run_exits_0() throws Exception {
        JsonNode fleet = givenTheFleetAsJson();
        assertThat(fleet.get("clusters")).hasSize(5);
        assertThat(cluster(fleet, "payments").get("status").asText()).isEqualTo("verdict");
        assertThat(cluster(fleet, "clicks").get("status").asText()).isEqualTo("verdict");
        assertThat(cluster(fleet, "events").get("skipped").asText()).isEqualTo("Serverless: right-sizing MSK Serverless is not supported");
        assertThat(cluster(fleet, "quiet").get("skipped").asText()).startsWith("no metrics: CloudWatch returned no AWS/Kafka data for cluster 'quiet'");
        assertThat(cluster(fleet, "locked").get("failed").asText()).isEqualTo("access denied calling kafka:DescribeClusterV2 "
                + "(AccessDeniedException): check IAM: the caller needs kafka:DescribeClusterV2, kafka:ListNodes, "
                + "cloudwatch:GetMetricData on cluster " + LOCKED.arn());
    }

    @Test
    void a_verdict_has_the_single_reports_verdict_shape_and_no_skipped_or_failed_field() throws Exception {
        JsonNode payments = cluster(givenTheFleetAsJson(), "payments");
        assertThat(payments.get("clusterArn").asText()).isEqualTo(PAYMENTS.arn());
        assertThat(payments.get("region").asText()).isEqualTo("us-east-1");
        assertThat(payments.at("/verdict/kind").asText()).isNotEmpty();
        assertThat(payments.at("/verdict/headline").asText()).isNotEmpty();
        assertThat(payments.at("/verdict/evidence").isArray()).isTrue();
        assertThat(payments.has("skipped")).isFalse();
        assertThat(payments.has("failed")).isFalse();
    }

    @Test
    void the_listing_reads_both_pages_of_ListClustersV2() throws Exception {
        stub.clustersPerPage = 3;
        JsonNode fleet = givenTheFleetAsJson();
        assertThat(stub.listClustersTokens).containsExactly("", "3");
        assertThat(fleet.at("/summary/clusters").asInt()).isEqualTo(5);
    }

    @Test
    void the_summary_adds_up_the_verdicts_and_counts_every_kind() throws Exception {
        JsonNode fleet = givenTheFleetAsJson();
        JsonNode s = fleet.get("summary");
        assertThat(s.at("/counts/skipped").asInt()).isEqualTo(2);
        assertThat(s.at("/counts/failed").asInt()).isEqualTo(1);
        int verdicts = 0;
        for (String kind : List.of("right-sized", "over-provisioned", "under-provisioned", "switch deployment type", "undecided")) {
            verdicts += s.get("counts").get(kind).asInt();
        }
        assertThat(verdicts).isEqualTo(2);
        // Three clusters were described and read (payments, clicks, quiet): 9 brokers x 5 series x 1,440 points =
        // 64,800 <= 100,800 and 9 x 7 = 63 queries <= 500, so one GetMetricData call for all three, billed for
        // 9 x 6 = 54 metrics (2 hidden CPU parts, bytes in/out, partitions, disk): 54 / 1000 x $0.01 = $0.00054.
        // quiet answered nothing, but its metrics were requested: they count.
        assertThat(stub.metricCalls).singleElement().satisfies(call -> {
            assertThat(call.queries()).isEqualTo(63);
            assertThat(call.clusters()).containsExactlyInAnyOrder("payments", "quiet", "clicks");
        });
        assertThat(s.get("cloudWatchApiCalls").asInt()).isEqualTo(1);
        assertThat(s.get("cloudWatchRetries").asInt()).isZero();
        assertThat(s.get("metricsRequested").asLong()).isEqualTo(54);
        assertThat(s.get("cloudWatchCostUsd").decimalValue()).isEqualByComparingTo("0.00054");
    }

    @Test
    void the_summary_money_is_the_sum_of_the_verdicts_hand_computed() throws Exception {
        JsonNode fleet = givenTheFleetAsJson();
        JsonNode s = fleet.get("summary");
        BigDecimal payments = cluster(fleet, "payments").at("/verdict/currentMonthlyUsd").decimalValue();
        BigDecimal clicks = cluster(fleet, "clicks").at("/verdict/currentMonthlyUsd").decimalValue();
        // Same load, storage (3 x 1000 GiB x $0.10 = $300) and traffic lines on both; only the brokers differ:
        // 3 x 730 h x ($0.408 m7g.xlarge - $0.204 m7g.large) = 3 x 730 x $0.204 = $446.76.
        assertThat(clicks.subtract(payments)).isEqualByComparingTo("446.76");
        // Now: payments + clicks = 2 x payments + $446.76.
        assertThat(s.get("currentMonthlyUsd").decimalValue()).isEqualByComparingTo(payments.multiply(BigDecimal.valueOf(2)).add(new BigDecimal("446.76")));
        // payments is right-sized ($0); clicks scales down to 3 x m7g.large: saves 3 x 730 x $0.204 = $446.76.
        assertThat(s.get("monthlyChangeUsd").decimalValue()).isEqualByComparingTo("-446.76");
        // Recommended: now - $446.76 = 2 x payments.
        assertThat(s.get("recommendedMonthlyUsd").decimalValue()).isEqualByComparingTo(payments.multiply(BigDecimal.valueOf(2)));
        assertThat(s.at("/counts/right-sized").asInt()).isEqualTo(1);
        assertThat(s.at("/counts/over-provisioned").asInt()).isEqualTo(1);
    }

    @Test
    void the_biggest_saving_comes_first_then_skipped_then_failed() throws Exception {
        JsonNode fleet = givenTheFleetAsJson();
        List<String> statuses = new ArrayList<>();
        fleet.get("clusters").forEach(c -> statuses.add(c.get("status").asText()));
        assertThat(statuses).containsExactly("verdict", "verdict", "skipped", "skipped", "failed");
        double first = fleet.at("/clusters/0/verdict/monthlyChangeUsd").asDouble(0);
        double second = fleet.at("/clusters/1/verdict/monthlyChangeUsd").asDouble(0);
        assertThat(first).isLessThanOrEqualTo(second);
        assertThat(fleet.at("/clusters/0/clusterName").asText()).isEqualTo("clicks");
    }

    @Test
    void a_cluster_that_is_not_active_is_skipped_without_being_read() throws Exception {
        StubCluster growing = StubCluster.provisioned("growing", "kafka.m7g.large", 3).inState("CREATING");
        stub.withClusters(growing, PAYMENTS);
        assertThat(run("--format", "json")).isZero();
        JsonNode fleet = Json.mapper().readTree(cli.out());
        assertThat(cluster(fleet, "growing").get("skipped").asText()).isEqualTo("not ACTIVE (state CREATING)");
        assertThat(stub.kafkaPaths).noneMatch(p -> AwsStub.decodedArn(p).equals(growing.arn()));
    }

    @Test
    void a_cluster_throttled_beyond_the_retries_fails_alone() throws Exception {
        StubCluster busy = StubCluster.provisioned("busy", "kafka.m7g.large", 3).failing(AwsStub.Failure.THROTTLING);
        stub.withClusters(busy, PAYMENTS);
        assertThat(run("--format", "json")).isZero();
        JsonNode fleet = Json.mapper().readTree(cli.out());
        assertThat(cluster(fleet, "busy").get("failed").asText())
                .isEqualTo("kafka:DescribeClusterV2 was throttled (Throttling) after 2 attempts: wait a minute and retry, "
                        + "or ask for less history (--days) or a longer --period");
        assertThat(cluster(fleet, "payments").get("status").asText()).isEqualTo("verdict");
    }

    @Test
    void a_cluster_whose_metrics_are_denied_fails_with_the_reason_and_the_others_get_their_verdict() throws Exception {
        StubCluster secret = StubCluster.provisioned("secret", "kafka.m7g.large", 3).denyingMetrics();
        stub.withClusters(PAYMENTS, secret, CLICKS);
        assertThat(run("--format", "json")).isZero();
        JsonNode fleet = Json.mapper().readTree(cli.out());
        assertThat(cluster(fleet, "secret").get("failed").asText()).isEqualTo("access denied reading cpu_b1 "
                + "(cloudwatch:GetMetricData status Forbidden): check IAM: the caller needs kafka:DescribeClusterV2, "
                + "kafka:ListNodes, cloudwatch:GetMetricData on cluster " + secret.arn());
        assertThat(cluster(fleet, "payments").get("status").asText()).isEqualTo("verdict");
        assertThat(cluster(fleet, "clicks").get("status").asText()).isEqualTo("verdict");
        // One call carried all three (63 queries); its 54 metrics were billed whoever failed afterwards.
        assertThat(fleet.at("/summary/cloudWatchApiCalls").asInt()).isEqualTo(1);
        assertThat(fleet.at("/summary/metricsRequested").asLong()).isEqualTo(54);
    }

    @Test
    void a_call_throttled_beyond_the_retries_fails_the_clusters_it_carried_and_no_other() throws Exception {
        // 14 brokers x 5 series x 1,440 points = 100,800: busy fills a call of its own; payments gets the next one.
        StubCluster busy = StubCluster.provisioned("busy", "kafka.m7g.large", 14).metricsFailing(AwsStub.Failure.THROTTLING);
        stub.withClusters(busy, PAYMENTS);
        assertThat(run("--format", "json")).isZero();
        JsonNode fleet = Json.mapper().readTree(cli.out());
        assertThat(cluster(fleet, "busy").get("failed").asText()).isEqualTo("cloudwatch:GetMetricData was throttled "
                + "(Throttling) after 2 attempts: wait a minute and retry, or ask for less history (--days) or a longer --period");
        assertThat(cluster(fleet, "payments").get("status").asText()).isEqualTo("verdict");
        // Sent: busy's call (2 attempts) and payments' call: 2 calls, 1 retry; billed only the answered one, 3 x 6 = 18.
        assertThat(stub.metricCalls).hasSize(3);
        JsonNode s = fleet.get("summary");
        assertThat(s.get("cloudWatchApiCalls").asInt()).isEqualTo(2);
        assertThat(s.get("cloudWatchRetries").asInt()).isEqualTo(1);
        assertThat(s.get("metricsRequested").asLong()).isEqualTo(18);
        assertThat(s.get("cloudWatchCostUsd").decimalValue()).isEqualByComparingTo("0.00018");
    }

    @Test
    void a_region_whose_listing_fails_is_one_line_on_stderr_and_in_the_report_and_the_other_region_is_right_sized()
            throws Exception {
        stub.listingFailures.put("eu-west-1", AwsStub.Failure.KAFKA_ACCESS_DENIED);
        stub.withClusters(PAYMENTS);
        assertThat(run("--region", "eu-west-1", "--format", "json")).isZero();
        assertThat(cli.err()).isEqualTo("msk-planner: access denied calling kafka:ListClustersV2 (AccessDeniedException) in "
                + "eu-west-1: check IAM: listing the fleet needs kafka:ListClustersV2" + NL);
        JsonNode fleet = Json.mapper().readTree(cli.out());
        assertThat(fleet.at("/failedRegions/0/region").asText()).isEqualTo("eu-west-1");
        assertThat(fleet.at("/failedRegions/0/failed").asText()).startsWith("access denied calling kafka:ListClustersV2");
        assertThat(fleet.get("failedRegions")).hasSize(1);
        assertThat(cluster(fleet, "payments").get("status").asText()).isEqualTo("verdict");
        assertThat(fleet.at("/summary/regions")).hasSize(2);
    }

    @Test
    void a_throttled_listing_names_its_region_and_shows_in_the_markdown() {
        stub.listingFailures.put("eu-west-1", AwsStub.Failure.THROTTLING);
        stub.withClusters(PAYMENTS);
        assertThat(run("--region", "eu-west-1", "--format", "md")).isZero();
        String line = "kafka:ListClustersV2 in eu-west-1 was throttled (Throttling) after 2 attempts: wait a minute and "
                + "retry, or ask for less history (--days) or a longer --period";
        assertThat(cli.err()).isEqualTo("msk-planner: " + line + NL);
        assertThat(cli.out()).contains("- Region eu-west-1 not listed: " + line + "\n");
    }

    @Test
    void when_every_region_fails_to_list_the_run_exits_3() {
        stub.listingFailures.put("us-east-1", AwsStub.Failure.KAFKA_ACCESS_DENIED);
        stub.listingFailures.put("eu-west-1", AwsStub.Failure.KAFKA_ACCESS_DENIED);
        assertThat(run("--region", "eu-west-1")).isEqualTo(3);
        assertThat(cli.err().split(NL)).hasSize(2);
    }

    @Test
    void each_region_is_read_with_its_own_calls_and_priced_from_its_own_price_data() throws Exception {
        StubCluster dublin = StubCluster.provisioned("dublin", "kafka.m7g.large", 3).inRegion("eu-west-1");
        stub.withClusters(PAYMENTS, dublin);
        assertThat(run("--region", "eu-west-1", "--format", "json")).isZero();
        assertThat(stub.metricCalls).extracting(AwsStub.MetricCall::region).containsExactly("us-east-1", "eu-west-1");
        JsonNode fleet = Json.mapper().readTree(cli.out());
        assertThat(cluster(fleet, "dublin").get("region").asText()).isEqualTo("eu-west-1");
        assertThat(fleet.at("/summary/cloudWatchApiCalls").asInt()).isEqualTo(2);
        // eu-west-1 has no cloudwatch-metrics-requested-1000 price in the bundled data: the total is unknown, not guessed.
        assertThat(fleet.at("/summary/cloudWatchCostUsd").isNull()).isTrue();
    }

    @Test
    void markdown_is_a_table_for_a_ticket() {
        stub.withClusters(PAYMENTS, EVENTS, LOCKED);
        assertThat(run("--format", "md")).isZero();
        String md = cli.out();
        assertThat(md).startsWith("# Fleet right-sizing report" + "\n");
        assertThat(md).contains("| Cluster | Region | Verdict | Now per month | Recommended per month | Change per month | Detail |\n"
                + "| --- | --- | --- | ---: | ---: | ---: | --- |\n| payments | us-east-1 | ");
        assertThat(md).contains("| events | us-east-1 | skipped | - | - | - | Serverless: right-sizing MSK Serverless is not supported |");
        assertThat(md).contains("| locked | us-east-1 | failed | - | - | - | access denied calling kafka:DescribeClusterV2");
        assertThat(md).contains("- 3 clusters in us-east-1, 1 day of history each: ");
    }

    @Test
    void html_is_one_file_with_each_clusters_full_report_one_click_away(@TempDir Path dir) throws Exception {
        stub.withClusters(PAYMENTS, EVENTS);
        Path file = dir.resolve("fleet.html");
        assertThat(run("--out", file.toString())).isZero();
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("http://", "https://cdn");
        assertThat(html).contains("<a href=\"#cluster-1\">payments</a>");
        assertThat(html).contains("<details id=\"cluster-1\" data-title=\"Right-sizing report: payments\"><summary>payments: ");
        assertThat(html).contains("<div class=\"report-source\" hidden>&lt;!DOCTYPE html&gt;");
        assertThat(html).contains("Right-sizing report: payments");
        assertThat(html).contains("aria-sort=\"ascending\">Change per month</th>");
        assertThat(html).doesNotContain("<details id=\"cluster-2\"");
    }

    @Test
    void writing_to_a_file_says_what_was_written(@TempDir Path dir) throws Exception {
        stub.withClusters(PAYMENTS, EVENTS);
        Path file = dir.resolve("fleet.md");
        List<String> args = new ArrayList<>(List.of("rightsize", "--all-clusters", "--region", "us-east-1", "--days", "1",
                "--endpoint-url", stub.endpoint().toString(), "--out", file.toString()));
        assertThat(cli.run(args.toArray(String[]::new))).isZero();
        assertThat(cli.out()).isEqualTo("Wrote " + file + ": 2 clusters, 1 with a verdict, costs the same per month" + NL);
        assertThat(Files.readString(file)).startsWith("# Fleet right-sizing report\n");
    }

    @Test
    void when_aws_fails_for_every_cluster_the_report_is_written_and_the_run_exits_3() throws Exception {
        stub.withClusters(LOCKED, StubCluster.provisioned("vault", "kafka.m7g.large", 3).failing(AwsStub.Failure.KAFKA_ACCESS_DENIED));
        assertThat(run("--format", "json")).isEqualTo(3);
        assertThat(Json.mapper().readTree(cli.out()).at("/summary/counts/failed").asInt()).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: AWS failed for every cluster (2); the first: access denied calling "
                + "kafka:DescribeClusterV2").endsWith(NL);
    }

    @Test
    void a_listing_that_is_denied_exits_3_naming_the_action() {
        stub.kafkaFailure = AwsStub.Failure.KAFKA_ACCESS_DENIED;
        assertThat(run()).isEqualTo(3);
        assertThat(cli.err()).isEqualTo("msk-planner: access denied calling kafka:ListClustersV2 (AccessDeniedException) in "
                + "us-east-1: check IAM: listing the fleet needs kafka:ListClustersV2" + NL);
    }

    @Test
    void an_account_without_clusters_gives_an_empty_report_and_exits_0() throws Exception {
        assertThat(run("--format", "json")).isZero();
        assertThat(Json.mapper().readTree(cli.out()).at("/summary/clusters").asInt()).isZero();
    }

    @Test
    void all_clusters_with_a_cluster_arn_is_a_usage_error() {
        assertThat(run("--cluster-arn", AwsStub.ARN)).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: --all-clusters = with another source is not allowed");
    }

    @Test
    void several_regions_without_all_clusters_are_a_usage_error() {
        assertThat(cli.run("rightsize", "--cluster-arn", AwsStub.ARN, "--region", "us-east-1", "eu-west-1", "--quiet"))
                .isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: --region = us-east-1 eu-west-1 is not allowed: one region for one "
                + "cluster; several only with --all-clusters" + NL);
    }
}
