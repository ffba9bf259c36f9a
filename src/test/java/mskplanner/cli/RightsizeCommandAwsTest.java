package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.testing.AwsStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code rightsize --cluster-arn} end to end against a local stub of MSK and CloudWatch (SDK 2.40.2 wire
 * protocols). Every failure exits 3 with one line that says what to do.
 */
class RightsizeCommandAwsTest {
    private static final String NL = System.lineSeparator();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
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
        CommandLine cmd = MskPlannerCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of("rightsize", "--cluster-arn", AwsStub.ARN, "--days", "1",
                "--endpoint-url", stub.endpoint().toString(), "--quiet", "--format", "json"));
        args.addAll(List.of(extra));
        return cmd.execute(args.toArray(String[]::new));
    }

    private JsonNode report() throws Exception {
        return Json.mapper().readTree(out.toString());
    }

    @Test
    void a_live_cluster_gets_a_report_with_what_the_fetch_cost() throws Exception {
        assertThat(run()).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode r = report();
        assertThat(r.at("/cluster/name").asText()).isEqualTo("orders");
        assertThat(r.at("/cluster/brokerIds").toString()).isEqualTo("[\"1\",\"2\",\"3\"]");
        // 3 brokers x 2 MB/s in (the stub alternates +0.001 MB/s), 4 MB/s out
        assertThat(r.at("/profile/avgIngressMBps").asDouble()).isEqualTo(6.002);
        assertThat(r.at("/profile/avgEgressMBps").asDouble()).isEqualTo(12.0);
        assertThat(r.at("/window/periodSeconds").asInt()).isEqualTo(60);
        assertThat(r.at("/source/kind").asText()).isEqualTo("CloudWatch");
        assertThat(r.at("/source/apiCalls").asInt()).isEqualTo(1);
        assertThat(r.at("/source/retries").asInt()).isZero();
        // 18 metrics / 1000 x $0.01
        assertThat(r.at("/source/metricsRequested").asLong()).isEqualTo(18);
        assertThat(r.at("/source/costUsd").decimalValue()).isEqualByComparingTo("0.00018");
        assertThat(r.at("/verdict/kind").asText()).isNotEmpty();
    }

    @Test
    void throttling_then_success_still_gives_the_report_and_counts_the_retry() throws Exception {
        stub.cloudWatchFailures.add(AwsStub.Failure.THROTTLING);
        assertThat(run()).isZero();
        assertThat(report().at("/source/retries").asInt()).isEqualTo(1);
    }

    @Test
    void a_server_error_then_success_says_retrying_with_the_attempt_on_stderr() throws Exception {
        stub.cloudWatchFailures.add(AwsStub.Failure.INTERNAL);
        CommandLine cmd = MskPlannerCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));

        int exit = cmd.execute("rightsize", "--cluster-arn", AwsStub.ARN, "--days", "1",
                "--endpoint-url", stub.endpoint().toString(), "--format", "json");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString().lines().filter(l -> l.contains("retrying")))
                .containsExactly("msk-planner: cloudwatch:GetMetricData failed, retrying (2/8)");
        assertThat(report().at("/source/retries").asInt()).isEqualTo(1);
    }

    @Test
    void quiet_retries_say_nothing() throws Exception {
        stub.cloudWatchFailures.add(AwsStub.Failure.INTERNAL);
        assertThat(run()).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_server_error_exits_3_saying_to_retry_later() {
        stub.cloudWatchAlwaysFails = AwsStub.Failure.INTERNAL;
        assertThat(run("--max-attempts", "2")).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("msk-planner: cloudwatch:GetMetricData failed with HTTP 500 (InternalFailure) "
                + "after 2 attempts: an AWS-side problem; retry later or check https://health.aws.amazon.com/" + NL);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void an_empty_history_exits_3_asking_about_the_cluster_name_and_traffic() {
        stub.brokersWithoutData.addAll(List.of("1", "2", "3"));
        assertThat(run()).isEqualTo(3);
        assertThat(err.toString()).startsWith("msk-planner: CloudWatch returned no AWS/Kafka data for cluster 'orders' in us-east-1 between ")
                .endsWith(": is the cluster name right, and did it have traffic in the window?" + NL);
    }

    @Test
    void a_broker_without_data_is_reported_not_fatal() throws Exception {
        stub.brokersWithoutData.add("3");
        assertThat(run()).isZero();
        assertThat(report().at("/warnings").toString()).contains("Broker 3 reported no data in the window");
    }

    @Test
    void access_denied_exits_3_naming_the_iam_actions() {
        stub.kafkaFailure = AwsStub.Failure.KAFKA_ACCESS_DENIED;
        assertThat(run()).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("msk-planner: access denied calling kafka:DescribeClusterV2 (AccessDeniedException): "
                + "check IAM: the caller needs kafka:DescribeClusterV2, kafka:ListNodes, cloudwatch:GetMetricData on cluster "
                + AwsStub.ARN + NL);
    }

    @Test
    void cloudwatch_access_denied_exits_3_too() {
        stub.cloudWatchAlwaysFails = AwsStub.Failure.ACCESS_DENIED;
        assertThat(run()).isEqualTo(3);
        assertThat(err.toString()).startsWith("msk-planner: access denied calling cloudwatch:GetMetricData (AccessDenied): check IAM");
    }

    @Test
    void a_cluster_that_does_not_exist_exits_3_naming_arn_and_region() {
        stub.kafkaFailure = AwsStub.Failure.KAFKA_NOT_FOUND;
        assertThat(run()).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("msk-planner: cluster " + AwsStub.ARN + " not found in us-east-1: check the ARN "
                + "(aws kafka list-clusters-v2 --region us-east-1) and --region" + NL);
    }

    @Test
    void the_region_defaults_to_the_arns_and_can_be_overridden() {
        stub.kafkaFailure = AwsStub.Failure.KAFKA_NOT_FOUND;
        run("--region", "eu-west-1");
        assertThat(err.toString()).contains("not found in eu-west-1");
    }

    @Test
    void a_malformed_region_is_a_usage_error() {
        assertThat(run("--region", "Frankfurt")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("msk-planner: --region = Frankfurt is not allowed: an AWS region code such as us-east-1" + NL);
    }
}
