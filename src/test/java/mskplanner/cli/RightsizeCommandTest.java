package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import mskplanner.app.Json;
import mskplanner.testing.Exports;
import mskplanner.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rightsize} without AWS: the demo, exported files, and the exit-code contract. */
class RightsizeCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void the_demo_writes_one_html_file_with_its_charts_and_no_network_references() throws Exception {
        Path report = dir.resolve("report.html");
        int exit = run("rightsize", "--demo", "--format", "html", "--out", report.toString());
        assertThat(exit).isZero();
        String html = Files.readString(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<canvas id=\"chart-cpu\"", "<canvas id=\"chart-throughput\"",
                "<canvas id=\"chart-disk\"", "<canvas id=\"chart-trend-0\"", "data-verdict=\"over-provisioned\"", "Chart.js v4.5.1");
        assertThat(html).doesNotContainPattern(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//"))
                .doesNotContain("<link", "@import");
        assertThat(cli.out()).startsWith("Wrote " + report + ": Over-provisioned: scale down to 3 x kafka.m7g.large");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void outside_the_inlined_chart_library_the_page_has_no_urls_at_all() throws Exception {
        Path report = dir.resolve("report.html");
        run("rightsize", "--demo", "--out", report.toString(), "--quiet");
        String html = Files.readString(report);
        String library = new String(getClass().getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains(library);
        assertThat(html.replace(library, "")).doesNotContain("http://", "https://");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void json_carries_the_verdict_at_the_top() throws Exception {
        int exit = run("rightsize", "--demo", "--format", "json");
        JsonNode json = Json.mapper().readTree(cli.out());
        assertThat(exit).isZero();
        assertThat(json.fieldNames().next()).isEqualTo("verdict");
        assertThat(json.at("/verdict/kind").asText()).isEqualTo("over-provisioned");
        // 6 x 730 h x $0.204
        assertThat(json.at("/currentCost/lineItems/0/monthlyUsd").decimalValue()).isEqualByComparingTo("893.52");
        assertThat(json.at("/verdict/currentMonthlyUsd").decimalValue()).isEqualByComparingTo(json.at("/currentCost/monthlyUsd").decimalValue());
        assertThat(json.at("/verdict/target/brokers").asInt()).isEqualTo(3);
        assertThat(json.at("/verdict/evidence/0/check").asText()).isEqualTo("CPU p95, hottest broker");
        assertThat(json.at("/source/kind").asText()).isEqualTo("demo");
    }

    @Test
    void markdown_is_the_default_on_standard_output() {
        run("rightsize", "--demo");
        assertThat(cli.out()).startsWith("# Right-sizing report: demo-orders" + "\n\n**Verdict (over-provisioned):**")
                .contains("| CPU p95, hottest broker |", "## When thresholds are reached");
    }

    @Test
    void exported_files_are_analysed_without_aws() throws Exception {
        Path metrics = dir.resolve("metrics.json");
        Path cluster = dir.resolve("cluster.json");
        Files.writeString(cluster, Exports.cluster("ap-south-1", "kafka.m7g.large", 3));
        Files.writeString(metrics, Exports.threeBrokersOneHour("1", "2", "3"));
        int exit = run("rightsize", "--metrics-file", metrics.toString(), "--cluster-file", cluster.toString(), "--format", "json");
        assertThat(cli.err()).isEmpty();
        assertThat(exit).isZero();
        JsonNode json = Json.mapper().readTree(cli.out());
        assertThat(json.at("/cluster/region").asText()).isEqualTo("ap-south-1");
        assertThat(json.at("/window/periodSeconds").asInt()).isEqualTo(60);
        assertThat(json.at("/profile/avgIngressMBps").asDouble()).isEqualTo(6.0);
    }

    @Test
    void no_source_is_a_usage_error() {
        assertThat(run("rightsize")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: source = none is not allowed: exactly one of --cluster-arn ARN, "
                + "--metrics-file FILE (with --cluster-file FILE) or --demo" + NL);
    }

    @Test
    void two_sources_are_a_usage_error() {
        assertThat(run("rightsize", "--demo", "--cluster-arn", "arn:aws:kafka:us-east-1:123456789012:cluster/a/b-1")).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: source = several is not allowed");
    }

    @Test
    void a_bad_arn_is_a_usage_error_naming_it() {
        assertThat(run("rightsize", "--cluster-arn", "my-cluster")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: --cluster-arn = my-cluster is not allowed: an MSK cluster ARN such as "
                + "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abcd1234-..." + NL);
    }

    @Test
    void a_period_cloudwatch_no_longer_keeps_is_a_usage_error() {
        assertThat(run("rightsize", "--demo", "--days", "30", "--period", "60")).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: --period = 60 is not allowed: a multiple of 300 s for a 30-day window");
    }

    @Test
    void a_metrics_file_needs_the_cluster_file() {
        assertThat(run("rightsize", "--metrics-file", "m.json")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: --cluster-file = missing is not allowed: the output of aws kafka "
                + "describe-cluster-v2 --cluster-arn ARN, next to --metrics-file" + NL);
    }

    @Test
    void a_missing_file_is_a_usage_error() throws Exception {
        Path cluster = dir.resolve("cluster.json");
        Files.writeString(cluster, Exports.cluster("us-east-1", "kafka.m7g.large", 3));
        assertThat(run("rightsize", "--metrics-file", dir.resolve("nope.json").toString(), "--cluster-file", cluster.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: --metrics-file = ").endsWith("nope.json is not allowed: an existing, readable file" + NL);
    }

    @Test
    void a_region_without_bundled_prices_is_a_pricing_data_error() throws Exception {
        Path metrics = dir.resolve("metrics.json");
        Path cluster = dir.resolve("cluster.json");
        Files.writeString(cluster, Exports.cluster("eu-central-1", "kafka.m7g.large", 3));
        Files.writeString(metrics, Exports.threeBrokersOneHour("1", "2", "3"));
        assertThat(run("rightsize", "--metrics-file", metrics.toString(), "--cluster-file", cluster.toString())).isEqualTo(4);
        assertThat(cli.err()).startsWith("msk-planner: pricing data: no prices for eu-central-1 in the bundled pricing data (regions: ")
                .endsWith("): pass --pricing-dir with a copy that has it" + NL);
    }

    @Test
    void a_price_the_bundled_data_does_not_know_is_a_pricing_data_error() throws Exception {
        Path metrics = dir.resolve("metrics.json");
        Path cluster = dir.resolve("cluster.json");
        Files.writeString(cluster, Exports.cluster("eu-west-1", "kafka.m7g.large", 3));
        Files.writeString(metrics, Exports.threeBrokersOneHour("1", "2", "3"));
        assertThat(run("rightsize", "--metrics-file", metrics.toString(), "--cluster-file", cluster.toString())).isEqualTo(4);
        assertThat(cli.err()).isEqualTo("msk-planner: pricing data: no price for storage-gb-month in region eu-west-1 "
                + "(marked unknown in the bundled data): pass --pricing-dir with a copy that has it" + NL);
    }

    @Test
    void a_file_without_bytes_in_is_a_usage_error_not_an_aws_one() throws Exception {
        Path metrics = dir.resolve("metrics.json");
        Path cluster = dir.resolve("cluster.json");
        Files.writeString(cluster, Exports.cluster("us-east-1", "kafka.m7g.large", 3));
        Files.writeString(metrics, "{\"MetricDataResults\":[{\"Id\":\"cpu_b1\",\"Timestamps\":[\"2026-11-24T10:00:00Z\"],\"Values\":[5]}]}");
        assertThat(run("rightsize", "--metrics-file", metrics.toString(), "--cluster-file", cluster.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no BytesInPerSec or CPU data for cluster 'orders' in us-east-1");
    }
}
