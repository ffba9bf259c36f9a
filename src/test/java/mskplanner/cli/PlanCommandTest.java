package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import mskplanner.app.Json;
import mskplanner.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCommandTest {
    static final String[] ARCHITECT = {"plan", "--avg-ingress-mbps", "100", "--peak-ingress-mbps", "500",
            "--consumer-groups", "2", "--retention-hours", "720", "--local-retention-hours", "24"};

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private int run(String... args) {
        return cli.run(args);
    }

    private String file(String json) throws Exception {
        Path f = dir.resolve("profile.json");
        Files.writeString(f, json);
        return f.toString();
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void the_table_shows_partitions_the_picks_and_every_option() {
        assertThat(run(ARCHITECT)).isZero();
        assertThat(cli.out()).contains("Partitions: 42 (by ingress 42, by egress 10, by consumer parallelism 1, by availability zones 3)",
                "m7g      51 x kafka.m7g.xlarge, bound by ingress: $37,284.03 per month", "kafka.m5.24xlarge",
                "express.m7g.16xlarge");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void json_output_is_the_api_response() throws Exception {
        run(with(ARCHITECT, "--format", "json"));
        JsonNode r = Json.mapper().readTree(cli.out());
        // PlanApiTest has the arithmetic: 947 GiB volumes
        assertThat(r.at("/recommended/overall/monthlyUsd").decimalValue()).isEqualByComparingTo("37284.03");
        assertThat(r.get("options")).hasSize(23);
    }

    @Test
    void csv_output_has_a_header_and_one_row_per_option() {
        run(with(ARCHITECT, "--format", "csv"));
        String[] rows = cli.out().split("\r\n");
        assertThat(rows[0]).startsWith("deployment,instanceType,brokers,bottleneck,monthlyUsd,");
        assertThat(rows).hasSize(24);
    }

    @Test
    void a_profile_file_gives_the_same_plan_as_flags() throws Exception {
        String profile = file("""
                {"avgIngressMBps": 100, "peakIngressMBps": 500, "consumerGroups": 2,
                 "retentionHours": 720, "localRetentionHours": 24}""");
        run("plan", "--file", profile, "--format", "json");
        JsonNode fromFile = Json.mapper().readTree(cli.out());
        cli.clear();
        run(with(ARCHITECT, "--format", "json"));
        assertThat(fromFile).isEqualTo(Json.mapper().readTree(cli.out()));
    }

    @Test
    void flags_override_the_file() throws Exception {
        String profile = file("{\"avgIngressMBps\": 100, \"preset\": \"aws-workbook\"}");
        run("plan", "--file", profile, "--preset", "sustained-throughput", "--format", "json");
        assertThat(Json.mapper().readTree(cli.out()).get("preset").asText()).isEqualTo("sustained-throughput");
    }

    @Test
    void boolean_flags_take_true_or_false() throws Exception {
        run("plan", "--avg-ingress-mbps", "10", "--rack-aware-consumers", "false", "--use-max-partitions", "--format", "json");
        JsonNode r = Json.mapper().readTree(cli.out());
        assertThat(r.at("/workload/rackAwareConsumers").asBoolean()).isFalse();
        assertThat(r.at("/assumptions/useMaxPartitions").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "peak below average | --avg-ingress-mbps 100 --peak-ingress-mbps 50 | msk-planner: --peak-ingress-mbps = 50 is not allowed: at least --avg-ingress-mbps (100)",
            "no ingress | --consumer-groups 2 | msk-planner: --avg-ingress-mbps = null is not allowed: required: give --avg-ingress-mbps, or --messages-per-second with --avg-message-bytes",
            "unknown preset | --avg-ingress-mbps 1 --preset excel | msk-planner: --preset = excel is not allowed: one of aws-workbook, sustained-throughput",
            "NaN | --avg-ingress-mbps NaN | msk-planner: --avg-ingress-mbps = NaN is not allowed: a number > 0 and <= 1000000",
            "ingress out of range | --avg-ingress-mbps 2000000 | msk-planner: --avg-ingress-mbps = 2000000 is not allowed: a number > 0 and <= 1000000",
            "min ISR above RF | --avg-ingress-mbps 1 --replication-factor 2 --min-insync-replicas 3 | msk-planner: --min-insync-replicas = 3 is not allowed: at most --replication-factor (2); RF - 1 is the usual choice",
    })
    void bad_input_exits_2_with_one_line_on_stderr(String why, String flags, String message) {
        int exit = run(with(new String[] {"plan"}, flags.trim().split(" ")));
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).isEqualTo(message + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void a_flag_value_of_the_wrong_type_exits_2() {
        assertThat(run("plan", "--avg-ingress-mbps", "lots")).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: ").contains("--avg-ingress-mbps");
    }

    @Test
    void a_bad_value_from_the_file_is_named_by_its_json_field_and_one_from_a_flag_by_the_flag() throws Exception {
        String profile = file("{\"avgIngressMBps\": 100}");

        assertThat(run("plan", "--file", profile, "--peak-ingress-mbps", "50")).isEqualTo(2);

        assertThat(cli.err()).isEqualTo("msk-planner: --peak-ingress-mbps = 50 is not allowed: at least avgIngressMBps (100)"
                + System.lineSeparator());
    }

    @Test
    void break_even_names_the_flag_too() {
        assertThat(run("break-even", "--avg-ingress-mbps", "-5")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("msk-planner: --avg-ingress-mbps = -5 is not allowed: a number > 0 and <= 1000000"
                + System.lineSeparator());
    }

    @Test
    void an_unknown_field_in_the_file_exits_2_naming_it() throws Exception {
        assertThat(run("plan", "--file", file("{\"avgIngresMBps\": 1}"))).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: unknown field 'avgIngresMBps'");
    }
}
