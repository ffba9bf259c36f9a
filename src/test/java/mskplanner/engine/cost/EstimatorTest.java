package mskplanner.engine.cost;

import static mskplanner.testing.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.cost.spec.ClusterSpec;
import mskplanner.engine.cost.spec.ConnectSpec;
import mskplanner.engine.cost.spec.ExpressClusterSpec;
import mskplanner.engine.cost.spec.ServerlessClusterSpec;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.engine.price.UnknownPriceException;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The worked examples of aws-prices.md §4, reproduced to the cent. */
class EstimatorTest {
    private final Estimator estimator = new Estimator(Fixtures.bundled().limits());

    private Estimate estimate(double hours, ClusterSpec... clusters) {
        return estimator.estimate(Fixtures.usEast1(), hours, List.of(clusters));
    }

    private static StandardClusterSpec standard(String type, int brokers, double storageGiB) {
        return new StandardClusterSpec("c", type(type), brokers, storageGiB, 0, 0, 3);
    }

    @Test
    void d1_three_m7g_large_with_1000_gib_each_cost_746_76() {
        // brokers 3 x 730 h x $0.204 = $446.76; storage 3 x 1,000 GB-month x $0.10 = $300.00; total $746.76
        Estimate e = estimate(730, standard("kafka.m7g.large", 3, 1000));
        assertThat(e.clusters().get(0).lineItems()).extracting(l -> Money.cents(l.monthlyUsd()))
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("446.76"), new java.math.BigDecimal("300.00"));
        assertThat(Money.cents(e.monthlyUsd())).isEqualByComparingTo("746.76");
    }

    @Test
    void d3_three_express_m7g_large_broker_hours_cost_893_52() {
        // 3 x 730 h x $0.408 = $893.52
        Estimate e = estimate(730, new ExpressClusterSpec("e", type("express.m7g.large"), 3, 0, 0));
        assertThat(Money.cents(e.monthlyUsd())).isEqualByComparingTo("893.52");
    }

    @Test
    void d4_the_serverless_floor_is_547_50() {
        // 730 cluster-hours x $0.75 = $547.50
        Estimate e = estimate(730, new ServerlessClusterSpec("s", 0, 0, 0, 0));
        assertThat(Money.cents(e.monthlyUsd())).isEqualByComparingTo("547.50");
    }

    @Test
    void d5_fifty_serverless_partitions_cost_54_75_in_partition_hours() {
        // 50 partitions x 730 h x $0.0015 = $54.75 (on top of the $547.50 cluster-hours)
        Estimate e = estimate(730, new ServerlessClusterSpec("s", 50, 0, 0, 0));
        assertThat(Money.cents(e.clusters().get(0).lineItems().get(1).monthlyUsd())).isEqualByComparingTo("54.75");
    }

    @Test
    void d6_one_connect_mcu_costs_80_30_in_730_hours_and_79_20_in_720() {
        // 1 MCU x 730 h x $0.11 = $80.30; x 720 h = $79.20
        assertThat(Money.cents(estimate(730, new ConnectSpec("k", 1)).monthlyUsd())).isEqualByComparingTo("80.30");
        assertThat(Money.cents(estimate(720, new ConnectSpec("k", 1)).monthlyUsd())).isEqualByComparingTo("79.20");
    }

    @Test
    void d7_two_t3_small_cost_66_58_rounded_once_at_the_end() {
        // 2 x 730 h = 1,460 h x $0.0456 = $66.576 -> $66.58 (2 AZs: 2 brokers)
        Estimate e = estimate(730, new StandardClusterSpec("dev", type("kafka.t3.small"), 2, 1, 0, 0, 2));
        assertThat(e.clusters().get(0).lineItems().get(0).monthlyUsd()).isEqualByComparingTo("66.576");
    }

    @Test
    void totals_are_summed_from_unrounded_lines_and_rounded_once() {
        // Three clusters of 1 x t3.small... cannot be 1 broker; use Connect at 0.5 MCU-fractions:
        // 0.05 MCU x 730 h x $0.11 = $4.015 each; three lines shown as $4.02 (sum of shown: $12.06),
        // but the total is 3 x 4.015 = $12.045 -> $12.05.
        Estimate e = estimate(730, new ConnectSpec("a", 0.05), new ConnectSpec("b", 0.05), new ConnectSpec("c", 0.05));
        assertThat(Money.cents(e.clusters().get(0).monthlyUsd())).isEqualByComparingTo("4.02");
        assertThat(Money.cents(e.monthlyUsd())).isEqualByComparingTo("12.05");
        assertThat(Money.cents(e.annualUsd())).isEqualByComparingTo("144.54");
    }

    @Test
    void pst_and_tiered_storage_are_billed_per_broker_and_per_gb() {
        // 3 x m5.4xlarge: brokers 3 x 730 x $1.68 = $3,679.20; EBS 3 x 2,000 GB x $0.10 = $600.00;
        // PST 3 x 500 MiB/s x $0.08 = $120.00; tiered 10,000 GB x $0.06 = $600.00; total $4,999.20
        Estimate e = estimate(730, new StandardClusterSpec("p", type("kafka.m5.4xlarge"), 3, 2000, 500, 10_000, 3));
        assertThat(e.clusters().get(0).lineItems()).hasSize(4);
        assertThat(Money.cents(e.monthlyUsd())).isEqualByComparingTo("4999.20");
    }

    @Test
    void brokers_must_be_a_multiple_of_the_availability_zones() {
        assertThatThrownBy(() -> estimate(730, standard("kafka.m5.large", 4, 100)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("clusters[0].brokers = 4 is not allowed: a multiple of the 3 availability zones (MSK spreads brokers evenly)");
    }

    @Test
    void storage_per_broker_must_be_between_1_and_16384_gib() {
        assertThatThrownBy(() -> estimate(730, standard("kafka.m5.large", 3, 20_000)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("clusters[0].storageGiBPerBroker = 20000 is not allowed: 1 to 16384 GiB per broker");
    }

    @Test
    void pst_on_a_size_that_cannot_have_it_is_refused() {
        assertThatThrownBy(() -> new StandardClusterSpec("p", type("kafka.m7g.xlarge"), 3, 100, 300, 0, 3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("provisionedThroughputMiBps = 300 is not allowed: 0 for kafka.m7g.xlarge "
                        + "(provisioned storage throughput needs kafka.m5.4xlarge, kafka.m7g.2xlarge or larger)");
    }

    @Test
    void m7g_2xlarge_takes_pst_up_to_312_5_mibps_as_the_msk_developer_guide_says() {
        assertThat(new StandardClusterSpec("p", type("kafka.m7g.2xlarge"), 3, 100, 312.5, 0, 3).provisionedThroughputMiBps())
                .isEqualTo(312.5);
        assertThatThrownBy(() -> new StandardClusterSpec("p", type("kafka.m7g.2xlarge"), 3, 100, 400, 0, 3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("provisionedThroughputMiBps = 400 is not allowed: 0 to 312.5 MiB/s for kafka.m7g.2xlarge");
    }

    @Test
    void pst_above_the_size_maximum_is_refused() {
        assertThatThrownBy(() -> new StandardClusterSpec("p", type("kafka.m7g.4xlarge"), 3, 100, 700, 0, 3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("provisionedThroughputMiBps = 700 is not allowed: 0 to 625 MiB/s for kafka.m7g.4xlarge");
    }

    @Test
    void hours_per_month_above_a_31_day_month_are_refused() {
        assertThatThrownBy(() -> estimate(800, new ConnectSpec("k", 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("hoursPerMonth = 800 is not allowed");
    }

    @Test
    void a_price_the_region_does_not_know_fails_naming_region_and_item() {
        var sheet = Fixtures.bundled().sheet("ap-south-1");
        assertThatThrownBy(() -> estimator.estimate(sheet, 730, List.of(standard("kafka.m5.large", 3, 100))))
                .isInstanceOf(UnknownPriceException.class)
                .hasMessage("no price for broker-hour:kafka.m5.large in region ap-south-1 (marked unknown in the bundled data)");
    }
}
