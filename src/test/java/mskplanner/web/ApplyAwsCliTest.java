package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import mskplanner.app.Json;
import mskplanner.testing.AwsCli;
import mskplanner.testing.Exports;
import mskplanner.testing.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the API answers as "apply" passes the real AWS CLI's parameter validation, taken as served over HTTP. */
class ApplyAwsCliTest {
    private static TestServer server;
    private static AwsCli aws;
    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        aws = AwsCli.find(home).orElse(null);
        Assumptions.assumeTrue(aws != null, "Debian's awscli is not installed (.ci/run installs it)");
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void every_picks_create_cluster_json_from_GET_plan_is_valid_input_of_aws_kafka_create_cluster() throws Exception {
        JsonNode plan = Json.mapper().readTree(server.get("/api/v1/plan?" + PlanApplyApiTest.QUERY).body());

        for (String pick : new String[] {"m5", "m7g", "express"}) {
            Path input = home.resolve("create-cluster-" + pick + ".json");
            Files.writeString(input, plan.at("/recommended/" + pick + "/apply/createClusterJson").toString());

            AwsCli.Run run = aws.runNowhere("aws kafka create-cluster --cli-input-json file://" + input);

            assertThat(run.exit()).as(pick + ": " + run.output()).isEqualTo(AwsCli.UNREACHABLE);
            assertThat(run.output()).as(pick).contains(AwsCli.COULD_NOT_CONNECT);
        }
    }

    @Test
    void every_command_of_a_right_size_verdict_from_POST_rightsize_passes_the_aws_cli_validation() throws Exception {
        String cluster = Exports.cluster("us-east-1", "kafka.m7g.large", 6)
                .replace("\"State\"", "\"CurrentVersion\": \"K3AEGXETSR30VB\", \"State\"");
        JsonNode commands = Json.mapper().readTree(new Multipart()
                .file("metricsFile", "metrics.json", Exports.threeBrokersOneHour("1", "2", "3", "4", "5", "6"))
                .file("clusterFile", "cluster.json", cluster)
                .post(URI.create(server.url("/api/v1/rightsize?format=json"))).body()).at("/verdict/apply/awsCli");

        assertThat(commands.size()).isPositive();
        for (JsonNode command : commands) {
            AwsCli.Run run = aws.runNowhere(command.asText());

            assertThat(run.exit()).as(command.asText() + ": " + run.output()).isEqualTo(AwsCli.UNREACHABLE);
            assertThat(run.output()).contains(AwsCli.COULD_NOT_CONNECT);
        }
    }
}
