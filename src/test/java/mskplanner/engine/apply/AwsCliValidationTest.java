package mskplanner.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the generated commands through the real AWS CLI (Debian's awscli) against a closed port on 127.0.0.1 with
 * dummy credentials: a command the CLI accepts fails only to connect (exit 255, "Could not connect"); one it refuses
 * fails its parameter validation or usage check first. Nothing leaves the machine.
 */
class AwsCliValidationTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/7c2f0e4a-1b2c-4d5e-8f90-a1b2c3d4e5f6-2";
    /** Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once. */
    static final String NOWHERE = " --endpoint-url http://127.0.0.1:9 --cli-connect-timeout 1 --cli-read-timeout 1";
    static final int CLI_UNREACHABLE = 255;
    static final long MAX_SECONDS_PER_RUN = 60;

    static String aws;
    @TempDir
    static Path home;

    @BeforeAll
    static void findTheAwsCli() {
        aws = Stream.of("/usr/bin/aws", "/usr/local/bin/aws").filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
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
        Run run = run(command + NOWHERE);

        assertThat(run.exit).as(run.output).isEqualTo(CLI_UNREACHABLE);
        assertThat(run.output).contains("Could not connect to the endpoint URL");
    }

    @ParameterizedTest
    @MethodSource("newClusters")
    void every_create_cluster_json_passes_the_aws_cli_parameter_validation(BrokerShape shape) throws Exception {
        Path input = home.resolve("create-cluster-" + shape.instanceType() + ".json");
        Map<String, Object> json = NewClusters.of(shape, 3, new TopicLayout(24, 3, 2)).createClusterJson();
        Files.writeString(input, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));

        Run run = run("aws kafka create-cluster --cli-input-json file://" + input + NOWHERE);

        assertThat(run.exit).as(run.output).isEqualTo(CLI_UNREACHABLE);
        assertThat(run.output).contains("Could not connect to the endpoint URL");
    }

    @Test
    void a_broken_command_is_refused_before_any_connection_so_the_check_can_fail() throws Exception {
        Run run = run("aws kafka update-broker-storage --cluster-arn " + ARN + " --current-version V1"
                + " --target-broker-ebs-volume-info KafkaBrokerNodeId=All,VolumeSizeGB=many" + NOWHERE);

        assertThat(run.output).doesNotContain("Could not connect").containsAnyOf("Parameter validation failed", "invalid literal");
    }

    @Test
    void a_create_cluster_json_without_its_broker_group_is_refused() throws Exception {
        Path input = home.resolve("broken.json");
        Files.writeString(input, "{\"ClusterName\": \"x\", \"KafkaVersion\": \"3.6.0\", \"NumberOfBrokerNodes\": 3}");

        Run run = run("aws kafka create-cluster --cli-input-json file://" + input + NOWHERE);

        assertThat(run.output).doesNotContain("Could not connect").contains("Parameter validation failed");
    }

    private record Run(int exit, String output) {
    }

    /** The command as a user pastes it into bash, with the CLI swapped for Debian's and a clean environment. */
    private static Run run(String command) throws IOException, InterruptedException {
        assertThat(command).startsWith("aws ");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-c", aws + command.substring("aws".length())))
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(Map.of("PATH", "/usr/bin:/bin", "HOME", home.toString(), "AWS_ACCESS_KEY_ID", "x",
                "AWS_SECRET_ACCESS_KEY", "x", "AWS_DEFAULT_REGION", "us-east-1", "AWS_EC2_METADATA_DISABLED", "true",
                "AWS_MAX_ATTEMPTS", "1", "AWS_PAGER", ""));
        Process p = pb.start();
        if (!p.waitFor(MAX_SECONDS_PER_RUN, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("aws did not finish within " + MAX_SECONDS_PER_RUN + " s: " + command);
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
