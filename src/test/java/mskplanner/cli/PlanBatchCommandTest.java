package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mskplanner.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code msk-planner plan --batch}: bad rows are reported and the run succeeds; an unreadable file is exit 2. */
class PlanBatchCommandTest {
    private static final String PROFILES = "avgIngressMBps,consumerGroups\n100,2\n-5,1\n10,1\n";

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private int run(String... args) {
        return cli.run(args);
    }

    private String file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f.toString();
    }

    @Test
    void bad_rows_exit_0_and_are_named_on_stderr() throws Exception {
        int exit = run("plan", "--batch", file("profiles.csv", PROFILES), "--format", "csv");
        assertThat(exit).isZero();
        assertThat(cli.out().split("\r\n")).hasSize(4);
        assertThat(cli.err()).isEqualTo("msk-planner: 1 of 3 profiles refused (profile 2); the error column says why, "
                + "e.g. profile 2: avgIngressMBps = -5 is not allowed: a number > 0 and <= 1000000" + System.lineSeparator());
    }

    @Test
    void a_clean_batch_says_nothing_on_stderr() throws Exception {
        assertThat(run("plan", "--batch", file("profiles.csv", "avgIngressMBps\n5\n10\n"))).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).startsWith("profile  pick");
    }

    @Test
    void a_missing_file_exits_2() {
        assertThat(run("plan", "--batch", dir.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: --batch = ").contains("a readable UTF-8 CSV or JSON file");
    }

    @Test
    void a_file_that_is_not_a_batch_exits_2() throws Exception {
        assertThat(run("plan", "--batch", file("bad.csv", "avgIngressMBps,\"oops\n5\n"))).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: CSV line 1 = an unclosed quote");
    }

    @Test
    void an_unknown_column_exits_2_naming_it() throws Exception {
        assertThat(run("plan", "--batch", file("bad.csv", "ingress\n5\n"))).isEqualTo(2);
        assertThat(cli.err()).startsWith("msk-planner: CSV header = ingress is not allowed");
    }

    @Test
    void a_json_array_file_works_too() throws Exception {
        assertThat(run("plan", "--batch", file("profiles.json", "[{\"avgIngressMBps\": 5}]"), "--format", "json")).isZero();
        assertThat(mskplanner.app.Json.mapper().readTree(cli.out()).get("profiles").asInt()).isEqualTo(1);
    }

    @Test
    void flags_apply_to_every_profile() throws Exception {
        run("plan", "--batch", file("profiles.csv", "avgIngressMBps\n5\n10\n"), "--region", "mars-north-1", "--format", "csv");
        assertThat(cli.out()).contains("2,,,,,,,,,,\"region = mars-north-1 is not allowed");
    }

    @Test
    void batch_and_file_together_exit_2() throws Exception {
        assertThat(run("plan", "--batch", file("profiles.csv", PROFILES), "--file", "x.json")).isEqualTo(2);
    }

    @Test
    void a_semicolon_file_with_a_label_column_echoes_the_label_in_each_row() throws Exception {
        assertThat(run("plan", "--batch", file("profiles.csv", "label;avgIngressMBps\nEU;5\nUS;10,5\n"), "--format", "csv")).isZero();
        String[] rows = cli.out().split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).endsWith(",error,annualUsd,partitions,cheapestDeployment,cheapestMonthlyUsd,label");
        assertThat(rows[1]).startsWith("1,").endsWith(",EU");
        assertThat(rows[2]).startsWith("2,").endsWith(",US");
        assertThat(cli.err()).isEmpty();
    }
}
