package mskplanner.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mskplanner.testing.AwsCli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of generated command and create-cluster input, through the real AWS CLI's parameter validation ({@link AwsCli}). */
class AwsCliValidationTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/7c2f0e4a-1b2c-4d5e-8f90-a1b2c3d4e5f6-2";

    static AwsCli aws;
    @TempDir
    static Path home;

    @BeforeAll
    static void findTheAwsCli() {
        aws = AwsCli.find(home).orElse(null);
        Assumptions.assumeTrue(aws != null, "Debian's awscli is not installed (.ci/run installs it)");
    }

    static Stream<String> updateCommands() {
        return Stream.of(
                        update(new BrokerShape("kafka.m7g.large", 6, 1000, 0), new BrokerShape("kafka.m7g.large", 3, 1539, 0)),
                        update(new BrokerShape("kafka.m7g.large", 3, 1000, 0), new BrokerShape("kafka.m7g.xlarge", 6, 1000, 0)),
                        update(new BrokerShape("kafka.m7g.2xlarge", 3, 2000, 0), new BrokerShape("kafka.m7g.4xlarge", 3, 2500, 500)),
                        update(new BrokerShape("kafka.m5.4xlarge", 3, 2000, 400), new BrokerShape("kafka.m5.2xlarge", 3, 2000, 0)),
                        update(new BrokerShape("express.m7g.large", 3, 0, 0), new BrokerShape("express.m7g.xlarge", 6, 0, 0)))
                .flatMap(u -> u.awsCli().stream());
    }

    private static ClusterUpdate update(BrokerShape now, BrokerShape target) {
        return ClusterUpdates.inPlace(ARN, "orders", Optional.empty(), now, target);
    }

    static Stream<BrokerShape> newClusters() {
        return Stream.of(new BrokerShape("kafka.m7g.large", 6, 1539, 0), new BrokerShape("kafka.m5.4xlarge", 3, 4000, 500),
                new BrokerShape("express.m7g.large", 3, 0, 0));
    }

    @ParameterizedTest
    @MethodSource("updateCommands")
    void every_update_command_passes_the_aws_cli_parameter_validation(String command) throws Exception {
        AwsCli.Run run = run(command);

        assertThat(run.exit()).as(run.output()).isEqualTo(AwsCli.UNREACHABLE);
        assertThat(run.output()).contains(AwsCli.COULD_NOT_CONNECT);
    }

    @ParameterizedTest
    @MethodSource("newClusters")
    void every_create_cluster_json_passes_the_aws_cli_parameter_validation(BrokerShape shape) throws Exception {
        Path input = home.resolve("create-cluster-" + shape.instanceType() + ".json");
        Map<String, Object> json = NewClusters.of(shape, 3, new TopicLayout(24, 3, 2)).createClusterJson();
        Files.writeString(input, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));

        AwsCli.Run run = run("aws kafka create-cluster --cli-input-json file://" + input);

        assertThat(run.exit()).as(run.output()).isEqualTo(AwsCli.UNREACHABLE);
        assertThat(run.output()).contains(AwsCli.COULD_NOT_CONNECT);
    }

    @Test
    void a_broken_command_is_refused_before_any_connection_so_the_check_can_fail() throws Exception {
        AwsCli.Run run = run("aws kafka update-broker-storage --cluster-arn " + ARN + " --current-version V1"
                + " --target-broker-ebs-volume-info KafkaBrokerNodeId=All,VolumeSizeGB=many");

        assertThat(run.output()).doesNotContain("Could not connect").containsAnyOf("Parameter validation failed", "invalid literal");
    }

    @Test
    void a_create_cluster_json_without_its_broker_group_is_refused() throws Exception {
        Path input = home.resolve("broken.json");
        Files.writeString(input, "{\"ClusterName\": \"x\", \"KafkaVersion\": \"3.6.0\", \"NumberOfBrokerNodes\": 3}");

        AwsCli.Run run = run("aws kafka create-cluster --cli-input-json file://" + input);

        assertThat(run.output()).doesNotContain("Could not connect").contains("Parameter validation failed");
    }

    private static AwsCli.Run run(String command) throws Exception {
        return aws.runNowhere(command);
    }
}
