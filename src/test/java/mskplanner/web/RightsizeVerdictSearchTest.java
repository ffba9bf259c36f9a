package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import mskplanner.app.Json;
import mskplanner.testing.Cli;
import mskplanner.testing.Exports;
import mskplanner.testing.Multipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster: 3 x kafka.m5.xlarge in us-east-1 carrying 121 MB/s (3 brokers x 40.333 MB/s, steady, so the
 * p99 peak is 121 MB/s). The verdict must name the cheapest shape in any family, not only the m5 one.
 */
class RightsizeVerdictSearchTest {
    private static final String CLUSTER = Exports.cluster("us-east-1", "kafka.m5.xlarge", 3);
    private static final String METRICS = Exports.steadyHour(121_000_000 / 3.0, 40, "1", "2", "3");
    private static final String TWO_OF_THREE = Exports.steadyHour(121_000_000 / 3.0, 40, "1", "2");
    private static TestServer server;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode cli(String metrics) throws Exception {
        Path m = Files.writeString(dir.resolve("metrics-" + metrics.length() + ".json"), metrics);
        Path c = Files.writeString(dir.resolve("cluster.json"), CLUSTER);
        Cli cli = new Cli();
        int exit = cli.run("rightsize", "--metrics-file", m.toString(), "--cluster-file", c.toString(), "--format", "json");
        assertThat(exit).as(cli.err()).isZero();
        return Json.mapper().readTree(cli.out());
    }

    private static JsonNode api(String metrics) throws Exception {
        HttpResponse<String> r = new Multipart().file("metricsFile", "metrics.json", metrics)
                .file("clusterFile", "cluster.json", CLUSTER).post(URI.create(server.url("/api/v1/rightsize")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    @Test
    void the_cheapest_shape_of_any_family_is_named_beside_a_target_that_stays_in_the_family() throws Exception {
        JsonNode v = cli(METRICS).at("/verdict");

        assertThat(v.at("/kind").asText()).isEqualTo("under-provisioned");
        assertThat(v.at("/target/instanceType").asText()).startsWith("kafka.m5.");
        JsonNode elsewhere = v.at("/cheaperElsewhere");
        assertThat(elsewhere.at("/instanceType").asText()).doesNotStartWith("kafka.m5.");
        assertThat(elsewhere.at("/monthlyUsd").decimalValue()).isLessThan(v.at("/target/monthlyUsd").decimalValue());
        assertThat(elsewhere.at("/monthlySavingUsd").decimalValue()).isEqualByComparingTo(
                v.at("/target/monthlyUsd").decimalValue().subtract(elsewhere.at("/monthlyUsd").decimalValue()));
        assertThat(elsewhere.at("/brokers").asInt()).isPositive();
        assertThat(elsewhere.at("/move").asText()).isNotEmpty();
        assertThat(v.at("/headline").asText()).contains("Cheaper in another family: " + elsewhere.at("/description").asText());
    }

    @Test
    void the_cheaper_shape_elsewhere_is_the_cheapest_of_every_alternative_listed() throws Exception {
        JsonNode json = cli(METRICS);

        var cheapest = json.at("/alternatives").findValues("monthlyUsd").stream().map(JsonNode::decimalValue)
                .min(java.math.BigDecimal::compareTo).orElseThrow();
        assertThat(json.at("/verdict/cheaperElsewhere/monthlyUsd").decimalValue()).isEqualByComparingTo(cheapest);
    }

    @Test
    void the_api_gives_the_same_verdict_as_the_cli() throws Exception {
        assertThat(api(METRICS).at("/verdict")).isEqualTo(cli(METRICS).at("/verdict"));
    }

    @Test
    void a_broker_without_data_makes_the_verdict_undecided_over_the_cli() throws Exception {
        JsonNode v = cli(TWO_OF_THREE).at("/verdict");

        assertThat(v.at("/kind").asText()).isEqualTo("undecided");
        assertThat(v.at("/headline").asText()).isEqualTo("Undecided: Broker 3 reported no data in the window, so the "
                + "measured load is partial and no verdict is given. Check whether it was down or replaced, or analyse a "
                + "window in which every broker reported.");
        assertThat(v.at("/target").isNull()).isTrue();
        assertThat(v.at("/cheaperElsewhere").isNull()).isTrue();
    }

    @Test
    void a_broker_without_data_makes_the_verdict_undecided_over_the_api() throws Exception {
        JsonNode json = api(TWO_OF_THREE);

        assertThat(json.at("/verdict/kind").asText()).isEqualTo("undecided");
        assertThat(json.at("/alternatives").size()).isZero();
    }
}
