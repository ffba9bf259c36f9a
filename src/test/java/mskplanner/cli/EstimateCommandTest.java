package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mskplanner.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimateCommandTest {
    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path file(String json) throws Exception {
        Path f = dir.resolve("clusters.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void the_table_shows_each_line_and_the_totals() throws Exception {
        int exit = run("estimate", "--file", file(mskplanner.testing.Requests.clustersExample()).toString());
        assertThat(exit).isZero();
        assertThat(cli.out()).contains("prod (standard)", "Broker-hours kafka.m5.24xlarge", "$29,433.60",
                "Monthly total: $31,581.97", "Annual total:  $378,983.64");
    }

    @Test
    void json_output_is_the_api_response() throws Exception {
        run("estimate", "--file", file(mskplanner.testing.Requests.clustersExample()).toString(), "--format", "json");
        assertThat(mskplanner.app.Json.mapper().readTree(cli.out()).get("monthlyUsd").decimalValue())
                .isEqualByComparingTo("31581.97");
    }

    @Test
    void csv_output_starts_with_the_header() throws Exception {
        run("estimate", "--file", file(mskplanner.testing.Requests.clustersExample()).toString(), "--format", "csv");
        assertThat(cli.out()).startsWith("cluster,type,item,quantity,unit,unitPriceUsd,monthlyUsd\r\n");
    }

    @Test
    void bad_input_exits_2_with_one_line_on_stderr() throws Exception {
        int exit = run("estimate", "--file", file("{\"clusters\": [{\"type\": \"connect\", \"mcus\": -1}]}").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: clusters[0].mcus = -1 is not allowed: a finite number > 0" + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void a_bad_traffic_field_exits_2_naming_it() throws Exception {
        int exit = run("estimate", "--file", file("{\"clusters\": [{\"type\": \"express\", \"instanceType\": "
                + "\"express.m7g.large\", \"brokers\": 3, \"avgIngressMBps\": -1}]}").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: clusters[0].avgIngressMBps = -1 is not allowed: a finite number >= 0 (MB/s)"
                + System.lineSeparator());
    }

    @Test
    void malformed_json_exits_2() throws Exception {
        int exit = run("estimate", "--file", file("{not json").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: malformed JSON").doesNotContain("\tat ");
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void a_missing_file_exits_2() {
        int exit = run("estimate", "--file", dir.resolve("nope.json").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: file not found: ");
    }

    @Test
    void an_unknown_format_is_a_usage_error() throws Exception {
        int exit = run("estimate", "--file", file("{}").toString(), "--format", "xml");
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void a_broken_pricing_dir_exits_4() throws Exception {
        Path pricing = Files.createDirectory(dir.resolve("pricing"));
        Files.writeString(pricing.resolve("instance-types.json"), "{}");
        int exit = run("estimate", "--file", file(mskplanner.testing.Requests.clustersExample()).toString(),
                "--pricing-dir", pricing.toString());
        assertThat(exit).isEqualTo(4);
        assertThat(cli.err()).startsWith("msk-planner: pricing data: ");
    }
}
