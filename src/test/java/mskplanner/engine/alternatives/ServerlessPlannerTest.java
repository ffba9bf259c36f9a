package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.testing.AlternativesFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerlessPlannerTest {
    private final ServerlessPlanner planner = new ServerlessPlanner(AlternativesFixtures.usEast1(),
            AlternativesFixtures.limits(), AlternativesFixtures.HOURS_PER_MONTH);

    /** 10 MB/s in (peak 20), two consumer groups, 50 partitions, 1 MB messages, 24 h, IAM. */
    private static ServerlessWorkload typical() {
        return new ServerlessWorkload(new Traffic(10, 20, 20, 40), 50, 0, 1_000_000, 24, ClientAuthentication.IAM);
    }

    private static ServerlessWorkload withTraffic(Traffic traffic, int partitions) {
        return new ServerlessWorkload(traffic, partitions, 0, 1_000_000, 24, ClientAuthentication.IAM);
    }

    private Map<String, BigDecimal> lineCents(ServerlessWorkload w) {
        return planner.plan(w).lineItems().stream()
                .collect(Collectors.toMap(LineItem::item, l -> Money.cents(l.monthlyUsd())));
    }

    @Test
    void cluster_hours_are_the_floor_of_every_serverless_bill() {
        // 730 h x $0.75 = $547.50 (aws-prices.md D4)
        assertThat(lineCents(typical()).get("Serverless cluster-hours")).isEqualByComparingTo("547.50");
    }

    @Test
    void partition_hours_are_leader_partitions_times_hours() {
        // 50 partitions x 730 h x $0.0015 = $54.75 (aws-prices.md D5)
        assertThat(lineCents(typical()).get("Serverless partition-hours")).isEqualByComparingTo("54.75");
    }

    @Test
    void data_in_is_average_ingress_in_gb_of_two_to_the_thirtieth_bytes() {
        // 10 MB/s x 730 h x 3600 s = 2.628e13 B / 2^30 = 24,475.157 GB; x $0.10 = $2,447.5157 -> $2,447.52
        assertThat(lineCents(typical()).get("Serverless data in")).isEqualByComparingTo("2447.52");
    }

    @Test
    void data_out_is_average_egress_of_all_consumer_groups() {
        // 20 MB/s x 730 h x 3600 s = 5.256e13 B / 2^30 = 48,950.315 GB; x $0.05 = $2,447.5157 -> $2,447.52
        assertThat(lineCents(typical()).get("Serverless data out")).isEqualByComparingTo("2447.52");
    }

    @Test
    void storage_is_one_copy_of_average_ingress_over_retention_in_gib_months() {
        // 10 MB/s x 24 h x 3600 s = 864,000 MB = 864e9 B / 2^30 = 804.6627 GiB; x $0.10 = $80.47
        assertThat(lineCents(typical()).get("Serverless storage")).isEqualByComparingTo("80.47");
    }

    @Test
    void total_is_summed_from_unrounded_lines() {
        // 547.50 + 54.75 + 2,447.51573 + 2,447.51573 + 80.46627 = 5,577.74772 (the rounded lines would sum to 5,577.76)
        assertThat(Money.cents(planner.plan(typical()).monthlyUsd())).isEqualByComparingTo("5577.75");
    }

    @Test
    void a_workload_inside_every_quota_fits() {
        ServerlessFit fit = planner.plan(typical());

        assertThat(fit.fits()).isTrue();
        assertThat(fit.violations()).isEmpty();
    }

    @Test
    void rates_exactly_at_the_quotas_still_fit() {
        // 200 MB/s in and 400 MB/s out are the quotas; 200 / 40 = 5 and 400 / 40 = 10 MB/s per partition
        assertThat(planner.plan(withTraffic(new Traffic(200, 200, 400, 400), 40)).fits()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "serverless.ingress | 100 | 250 | 100 | 250 | 100 | 250 MB/s | 200 MB/s",
        "serverless.egress | 100 | 150 | 300 | 450 | 100 | 450 MB/s | 400 MB/s",
        "serverless.partition-ingress | 10 | 30 | 10 | 30 | 5 | 6 MB/s | 5 MB/s",
        "serverless.partition-egress | 10 | 20 | 30 | 60 | 5 | 12 MB/s | 10 MB/s",
    })
    void each_violated_rate_quota_is_named_with_the_workloads_value_and_the_limit(
            String id, double avgIn, double peakIn, double avgOut, double peakOut, int partitions, String value, String limit) {
        List<Violation> violations = planner.plan(withTraffic(new Traffic(avgIn, peakIn, avgOut, peakOut), partitions)).violations();

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(id);
            assertThat(v.workloadValue()).isEqualTo(value);
            assertThat(v.limit()).isEqualTo(limit);
        });
    }

    @Test
    void the_seed_guides_150_mbps_with_three_consumer_groups_breaks_the_egress_quota() {
        // msk-limits.md section 5: 150 MB/s x 3 groups = 450 MB/s > 400 MB/s; 150 / 30 partitions = 5 MB/s fits
        ServerlessFit fit = planner.plan(withTraffic(Traffic.steady(150, 3), 90));

        assertThat(fit.fits()).isFalse();
        assertThat(fit.violations()).extracting(Violation::message).containsExactly(
                "peak egress 450 MB/s exceeds the Serverless max egress throughput per cluster of 400 MB/s; "
                        + "MSK throttles consumers above it");
    }

    @Test
    void more_than_2400_partitions_is_a_violation() {
        ServerlessWorkload w = new ServerlessWorkload(Traffic.steady(1, 1), 2401, 0, 1000, 24, ClientAuthentication.IAM);

        assertThat(planner.plan(w).violations()).extracting(Violation::id, Violation::workloadValue, Violation::limit)
                .containsExactly(tuple("serverless.partitions", "2401 partitions", "2400 partitions"));
    }

    @Test
    void more_than_120_compacted_partitions_is_a_violation() {
        ServerlessWorkload w = new ServerlessWorkload(Traffic.steady(1, 1), 500, 121, 1000, 24, ClientAuthentication.IAM);

        assertThat(planner.plan(w).violations()).extracting(Violation::id, Violation::workloadValue, Violation::limit)
                .containsExactly(tuple("serverless.compacted-partitions", "121 partitions", "120 partitions"));
    }

    @Test
    void messages_above_8_mib_are_a_violation() {
        ServerlessWorkload w = new ServerlessWorkload(Traffic.steady(1, 1), 10, 0, 8_388_609, 24, ClientAuthentication.IAM);

        assertThat(planner.plan(w).violations()).extracting(Violation::id, Violation::workloadValue, Violation::limit)
                .containsExactly(tuple("serverless.message-size", "8388609 bytes", "8388608 bytes"));
    }

    @Test
    void messages_of_exactly_8_mib_fit() {
        ServerlessWorkload w = new ServerlessWorkload(Traffic.steady(1, 1), 10, 0, 8_388_608, 24, ClientAuthentication.IAM);

        assertThat(planner.plan(w).fits()).isTrue();
    }

    @Test
    void clients_that_do_not_use_iam_cannot_connect() {
        ServerlessWorkload w = new ServerlessWorkload(Traffic.steady(1, 1), 10, 0, 1000, 24, ClientAuthentication.SCRAM);

        assertThat(planner.plan(w).violations()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo("serverless.authentication");
            assertThat(v.workloadValue()).isEqualTo("scram");
            assertThat(v.limit()).isEqualTo("IAM only");
        });
    }

    @Test
    void the_seed_guides_120_partitions_and_24_hour_retention_are_history_not_rules() {
        // 500 partitions and 7 days of retention break both older limits, and fit today's
        ServerlessWorkload w = new ServerlessWorkload(Traffic.steady(10, 1), 500, 0, 1000, 168, ClientAuthentication.IAM);

        ServerlessFit fit = planner.plan(w);

        assertThat(fit.fits()).isTrue();
        assertThat(fit.history()).extracting(HistoricalLimit::quota, HistoricalLimit::olderLimit).contains(
                tuple("max leader partitions per cluster", "120 partitions"),
                tuple("max retention", "24 hours"));
    }

    @Test
    void the_cost_is_shown_even_when_the_workload_does_not_fit() {
        ServerlessFit fit = planner.plan(withTraffic(Traffic.steady(300, 1), 100));

        assertThat(fit.fits()).isFalse();
        assertThat(fit.monthlyUsd()).isPositive();
        assertThat(planner.monthlyUsdIfFits(withTraffic(Traffic.steady(300, 1), 100))).isEmpty();
    }

    @Test
    void compacted_partitions_cannot_outnumber_partitions() {
        assertThatThrownBy(() -> new ServerlessWorkload(Traffic.steady(1, 1), 10, 11, 1000, 24, ClientAuthentication.IAM))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("compactedPartitions = 11 is not allowed: <= partitions (10)");
    }

    @Test
    void an_unknown_authentication_names_the_allowed_ones() {
        assertThatThrownBy(() -> ClientAuthentication.fromId("kerberos"))
                .hasMessage("authentication = kerberos is not allowed: one of iam, scram, tls, unauthenticated");
    }

    @Test
    void the_curves_estimate_fits_where_the_plan_does_and_is_the_bills_total_on_thousands_of_random_workloads() {
        java.util.Random random = new java.util.Random(20261204);
        int fitting = 0;
        for (int i = 0; i < 5_000; i++) {
            double avg = random.nextDouble() * 150;
            double peak = avg * (1 + random.nextDouble());
            int groups = random.nextInt(3);
            int partitions = 1 + random.nextInt(3_000);
            ServerlessWorkload w = new ServerlessWorkload(new Traffic(avg, peak, avg * groups, peak * groups), partitions, random.nextInt(partitions + 1),
                    random.nextInt(10) == 0 ? 20_000_000 : 1_000_000, random.nextDouble() * 2_000,
                    random.nextInt(8) == 0 ? ClientAuthentication.SCRAM : ClientAuthentication.IAM);
            ServerlessFit fit = planner.plan(w);
            java.util.OptionalDouble estimate = planner.estimatedMonthlyUsdIfFits(w);
            assertThat(estimate.isPresent()).as("%s fits", w).isEqualTo(fit.fits());
            if (fit.fits()) {
                fitting++;
                double exact = fit.monthlyUsd().doubleValue();
                assertThat(estimate.getAsDouble()).as("%s", w)
                        .isCloseTo(exact, org.assertj.core.api.Assertions.within(1e-12 * exact));
            }
        }
        assertThat(fitting).as("workloads that fit").isBetween(300, 4_500);
    }
}
