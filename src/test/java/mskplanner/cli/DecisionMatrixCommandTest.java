package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision matrix in {@code plan}'s table and the {@code break-even} command (10 MB/s steady, 24 h, us-east-1). */
class DecisionMatrixCommandTest {
    private final Cli cli = new Cli();

    private int run(String... args) {
        return cli.run(args);
    }

    private int plan(String... more) {
        String[] base = {"plan", "--avg-ingress-mbps", "10", "--retention-hours", "24"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    @Test
    void the_plan_table_shows_the_serverless_verdict_and_bill() {
        assertThat(plan()).isZero();
        assertThat(cli.out()).contains("MSK Serverless (3 partitions): fits",
                "monthly: $4,302.52 (Serverless cluster-hours $547.50, Serverless partition-hours $3.29,",
                "older limit (history, not a rule): max leader partitions per cluster 120 partitions in 2023");
    }

    @Test
    void the_plan_table_names_each_quota_serverless_cannot_meet() {
        assertThat(plan("--authentication", "scram")).isZero();
        assertThat(cli.out()).contains("MSK Serverless (3 partitions): does NOT fit",
                "  ! clients authenticate with scram, but Serverless accepts IAM only: move clients to IAM access control");
    }

    @Test
    void the_plan_table_shows_the_alternatives() {
        assertThat(plan()).isZero();
        assertThat(cli.out()).contains("Self-managed Kafka on EC2: 3 x m7g.large",
                // DecisionMatrixTest has the arithmetic (1,610 GiB gp3 volumes)
                "    on-demand                     $1,870.45 per month",
                "Kinesis Data Streams: fits; 10 shards (set by ingress bytes)",
                "    provisioned                     $477.42 per month");
    }

    @Test
    void the_plan_table_shows_the_cheapest_deployment_and_the_crossovers() {
        assertThat(plan()).isZero();
        assertThat(cli.out()).contains(
                "Cheapest now (list prices): Kinesis Data Streams (provisioned, 10 shards): $477.42 per month",
                "   2. MSK Standard 3 x kafka.m7g.large (list price): $1,256.10 per month",
                "  - MSK Serverless is cheaper than MSK Express below 3.7 GB/hour ingested",
                "  - Self-managed Kafka on EC2 (on-demand) is cheaper than MSK Standard below 10.2 GB/hour ingested");
    }

    @Test
    void the_plan_table_labels_an_msk_discount_as_an_assumption() {
        assertThat(plan("--msk-discount-percent", "10")).isZero();
        assertThat(cli.out()).contains("MSK discount 10% (assumption: private discount, not an AWS price)",
                "with your MSK discount: $3,872.27 per month (assumption, not an AWS price)");
    }

    @Test
    void connect_workers_appear_when_asked_for() {
        assertThat(plan("--connect-workers", "2", "--mcu-per-worker", "2", "--break-even", "false")).isZero();
        // 2 x 2 MCU x 730 h x $0.11 = $321.20
        assertThat(cli.out()).contains("MSK Connect (2 workers x 2 MCU): $321.20 per month")
                .doesNotContain("Break-even");
    }

    @ParameterizedTest(name = "{0} {1} -> exit 2")
    @CsvSource({
        "--msk-discount-percent, 101, --msk-discount-percent = 101 is not allowed",
        "--authentication, kerberos, --authentication = kerberos is not allowed",
        "--mcu-per-worker, 2, --connect-workers = null is not allowed",
        "--ops-hourly-usd, -1, --ops-hourly-usd = -1 is not allowed",
        "--compacted-partitions, 5, --compacted-partitions = 5 is not allowed",
        "--break-even, maybe, Invalid value for option '--break-even'",
    })
    void bad_decision_matrix_flags_exit_2_with_one_line(String flag, String value, String message) {
        assertThat(plan(flag, value)).isEqualTo(2);
        assertThat(cli.err()).contains(message);
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void break_even_prints_the_crossovers_and_the_curves() {
        assertThat(run("break-even", "--avg-ingress-mbps", "10", "--retention-hours", "24")).isZero();
        assertThat(cli.out()).contains("Break-even: this workload ingests 33.5276 GB/hour",
                "  - MSK Standard is cheaper than MSK Express below 65.7 GB/hour ingested", "avgIngressGBPerHour");
    }

    @Test
    void break_even_csv_is_the_apis_csv() {
        assertThat(run("break-even", "--avg-ingress-mbps", "10", "--retention-hours", "24", "--format", "csv",
                "--crossovers")).isZero();
        assertThat(cli.out()).startsWith("cheaper,than,belowGBPerHour,sentence\r\n")
                .contains("serverless,express,3.72,MSK Serverless is cheaper than MSK Express below 3.7 GB/hour ingested");
    }
}
