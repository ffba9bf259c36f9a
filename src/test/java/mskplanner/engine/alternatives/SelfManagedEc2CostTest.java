package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Optional;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.engine.price.UnknownPriceException;
import mskplanner.testing.AlternativesFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfManagedEc2CostTest {
    private final SelfManagedEc2Cost ec2 = new SelfManagedEc2Cost(AlternativesFixtures.usEast1(),
            AlternativesFixtures.limits(), AlternativesFixtures.HOURS_PER_MONTH);

    /** 3 x m5.large, 1,000 GiB gp3 each needing 200 MiB/s and 4,000 IOPS; 10 MB/s in, 2 groups; RF 3 over 3 AZs. */
    private static SelfManagedEc2Input threeM5Large(boolean rackAwareConsumers, Optional<OpsAssumption> ops) {
        return new SelfManagedEc2Input("m5.large", 3, 1000, 200, 4000, Traffic.steady(10, 2), 3, 3,
                rackAwareConsumers, ops);
    }

    private static SelfManagedEc2Input threeM5Large() {
        return threeM5Large(false, Optional.of(new OpsAssumption(10, new BigDecimal("100"))));
    }

    private static BigDecimal line(CostBreakdown bill, String prefix) {
        return Money.cents(bill.lineItems().stream().filter(l -> l.item().startsWith(prefix)).findFirst()
                .map(LineItem::monthlyUsd).orElseThrow(() -> new AssertionError("no line " + prefix + " in " + bill)));
    }

    @Test
    void on_demand_instance_hours_are_brokers_times_hours_at_the_ec2_rate() {
        // 3 x 730 h = 2,190 instance-hours x $0.096 = $210.24
        assertThat(line(ec2.estimate(threeM5Large()).onDemand(), "EC2 instance-hours")).isEqualByComparingTo("210.24");
    }

    @Test
    void gp3_storage_is_billed_per_gib_month() {
        // 3 x 1,000 GiB x $0.08 = $240.00
        assertThat(line(ec2.estimate(threeM5Large()).onDemand(), "EBS gp3 storage")).isEqualByComparingTo("240.00");
    }

    @Test
    void gp3_throughput_is_billed_above_the_free_125_mibps_per_volume() {
        // (200 - 125) MiB/s x 3 brokers = 225 MiB/s-month x $0.04 = $9.00
        assertThat(line(ec2.estimate(threeM5Large()).onDemand(), "EBS gp3 throughput")).isEqualByComparingTo("9.00");
    }

    @Test
    void gp3_iops_are_billed_above_the_free_3000_per_volume() {
        // (4,000 - 3,000) IOPS x 3 brokers = 3,000 IOPS-month x $0.005 = $15.00
        assertThat(line(ec2.estimate(threeM5Large()).onDemand(), "EBS gp3 IOPS")).isEqualByComparingTo("15.00");
    }

    @Test
    void replication_to_two_followers_in_other_azs_is_billed_on_both_sides() {
        // 10 MB/s x 730 h x 3600 s = 2.628e13 B / 2^30 = 24,475.157 GB written; x 2 remote followers = 48,950.315 GB;
        // x 2 sides x $0.01 = $979.0063 -> $979.01 (aws-prices.md: "about $1,051/month" at 10 MB/s, with GB = 10^9)
        assertThat(line(ec2.estimate(threeM5Large()).onDemand(), "Cross-AZ replication")).isEqualByComparingTo("979.01");
    }

    @Test
    void producer_traffic_crosses_azs_for_two_thirds_of_the_leaders() {
        // 24,475.157 GB x 2/3 = 16,316.772 GB; x 2 sides x $0.01 = $326.3354 -> $326.34
        assertThat(line(ec2.estimate(threeM5Large()).onDemand(), "Cross-AZ producer")).isEqualByComparingTo("326.34");
    }

    @Test
    void consumer_traffic_crosses_azs_unless_consumers_are_rack_aware() {
        // 20 MB/s egress: 48,950.315 GB x 2/3 = 32,633.543 GB; x 2 sides x $0.01 = $652.6709 -> $652.67
        assertThat(line(ec2.estimate(threeM5Large()).onDemand(), "Cross-AZ consumer")).isEqualByComparingTo("652.67");
        assertThat(ec2.estimate(threeM5Large(true, Optional.empty())).onDemand().lineItems())
                .noneMatch(l -> l.item().startsWith("Cross-AZ consumer"));
    }

    @Test
    void ops_hours_are_a_line_labelled_as_the_users_assumption() {
        // 10 h x $100 = $1,000.00
        CostBreakdown bill = ec2.estimate(threeM5Large()).onDemand();

        assertThat(line(bill, "Operations")).isEqualByComparingTo("1000.00");
        assertThat(bill.lineItems()).anyMatch(l -> l.item().equals("Operations (your assumption: 10 h x $100/h, not an AWS price)"));
    }

    @Test
    void the_on_demand_total_is_the_sum_of_its_lines() {
        // 210.24 + 240.00 + 9.00 + 15.00 + 979.00629 + 326.33543 + 652.67086 + 1,000.00 = 3,432.25258
        assertThat(Money.cents(ec2.estimate(threeM5Large()).onDemand().monthlyUsd())).isEqualByComparingTo("3432.25");
    }

    @Test
    void reserved_instances_change_only_the_instance_hours() {
        // 1 yr: 2,190 h x $0.061 = $133.59 -> 3,432.25258 - 210.24 + 133.59 = 3,355.60258
        // 3 yr: 2,190 h x $0.042 = $91.98  -> 3,432.25258 - 210.24 + 91.98 = 3,313.99258
        SelfManagedEc2Estimate estimate = ec2.estimate(threeM5Large());

        assertThat(Money.cents(estimate.reserved1yr().orElseThrow().monthlyUsd())).isEqualByComparingTo("3355.60");
        assertThat(Money.cents(estimate.reserved3yr().orElseThrow().monthlyUsd())).isEqualByComparingTo("3313.99");
    }

    @Test
    void savings_plans_are_priced_where_the_rate_is_known() {
        // m7g.large, 3 brokers, no storage throughput/IOPS above baseline, no traffic: 2,190 h x $0.0599 = $131.181
        SelfManagedEc2Input in = new SelfManagedEc2Input("m7g.large", 3, 100, 0, 0, Traffic.steady(0, 1), 3, 3, true,
                Optional.empty());

        SelfManagedEc2Estimate estimate = ec2.estimate(in);

        // + gp3 300 GiB x $0.08 = $24.00 -> $155.18; 3 yr: 2,190 x $0.0414 = $90.666 + 24.00 = $114.67
        assertThat(Money.cents(estimate.savingsPlan1yr().orElseThrow().monthlyUsd())).isEqualByComparingTo("155.18");
        assertThat(Money.cents(estimate.savingsPlan3yr().orElseThrow().monthlyUsd())).isEqualByComparingTo("114.67");
        assertThat(estimate.cheapest().name()).contains("3-year Standard Reserved Instance");
    }

    @Test
    void an_unknown_savings_plan_rate_leaves_that_variant_out_with_a_note() {
        SelfManagedEc2Estimate estimate = ec2.estimate(threeM5Large());

        assertThat(estimate.savingsPlan1yr()).isEmpty();
        assertThat(estimate.savingsPlan3yr()).isEmpty();
        assertThat(estimate.variants()).hasSize(3);
        assertThat(estimate.notes()).contains("1-year Compute Savings Plan, No Upfront left out: no price for "
                + "ec2-sp-1yr-hour:m5.large in region us-east-1 (marked unknown in the bundled data)");
    }

    @Test
    void a_rate_that_is_not_confirmed_is_noted_with_its_confidence() {
        assertThat(ec2.estimate(threeM5Large()).notes()).contains(
                "1-year Standard Reserved Instance, No Upfront: the rate for m5.large is single-source (aws-prices.md)");
    }

    @Test
    void an_unknown_on_demand_rate_fails_naming_region_and_item() {
        SelfManagedEc2Input in = new SelfManagedEc2Input("r6i.large", 3, 100, 0, 0, Traffic.steady(1, 1), 3, 3, true,
                Optional.empty());

        assertThatThrownBy(() -> ec2.estimate(in)).isInstanceOf(UnknownPriceException.class)
                .hasMessage("no price for ec2-hour:r6i.large in region us-east-1 (not in the price sheet)");
    }

    @ParameterizedTest(name = "RF {0} over {1} AZs: {2} remote followers")
    @CsvSource({"3, 3, 2", "2, 3, 1", "1, 3, 0", "3, 2, 1", "4, 2, 2", "3, 1, 0", "5, 3, 3"})
    void followers_outside_the_leaders_az_follow_rack_aware_round_robin(int rf, int azs, int expected) {
        // leader's AZ holds ceil(RF / AZ) replicas; e.g. RF 3 over 2 AZs: 2 in the leader's, 1 elsewhere
        assertThat(CrossAzTraffic.remoteFollowers(rf, azs)).isEqualTo(expected);
    }

    @Test
    void a_broker_needs_a_second_gp3_volume_above_16_tib_and_gets_its_free_baseline() {
        // 20,000 GiB > 16,384 GiB per volume: 2 volumes; 300 MiB/s - 2 x 125 = 50 billable; 7,000 - 2 x 3,000 = 1,000 IOPS
        Gp3Layout layout = Gp3Layout.of(AlternativesFixtures.limits().ec2(), 20_000, 300, 7000);

        assertThat(layout.volumesPerBroker()).isEqualTo(2);
        assertThat(layout.billableThroughputMiBps()).isCloseTo(50, within(1e-9));
        assertThat(layout.billableIops()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void throughput_above_one_volumes_maximum_needs_another_volume() {
        // 1,500 MiB/s > 1,000 MiB/s per volume: 2 volumes; 1,500 - 250 = 1,250 billable
        Gp3Layout layout = Gp3Layout.of(AlternativesFixtures.limits().ec2(), 500, 1500, 0);

        assertThat(layout.volumesPerBroker()).isEqualTo(2);
        assertThat(layout.billableThroughputMiBps()).isCloseTo(1250, within(1e-9));
    }

    @Test
    void replication_factor_cannot_exceed_the_broker_count() {
        assertThatThrownBy(() -> new SelfManagedEc2Input("m5.large", 2, 100, 0, 0, Traffic.steady(1, 1), 3, 3, true,
                Optional.empty())).hasMessage("replicationFactor = 3 is not allowed: <= brokers (2)");
    }

    @Test
    void the_curves_on_demand_total_in_doubles_is_the_bills_total_on_thousands_of_random_clusters() {
        java.util.Random random = new java.util.Random(20261204);
        for (int i = 0; i < 5_000; i++) {
            int brokers = 1 + random.nextInt(300);
            Optional<OpsAssumption> ops = random.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(new OpsAssumption(random.nextInt(4) * random.nextDouble() * 100,
                    BigDecimal.valueOf(random.nextInt(20_000), 2)));
            SelfManagedEc2Input in = new SelfManagedEc2Input(random.nextBoolean() ? "m5.large" : "m7g.large", brokers,
                    random.nextInt(3) == 0 ? 0 : random.nextDouble() * 40_000, random.nextDouble() * 2_000,
                    random.nextInt(3) == 0 ? 0 : random.nextInt(80_000),
                    Traffic.steady(random.nextDouble() * 5_000, random.nextInt(6)), 1 + random.nextInt(Math.min(brokers, 3)),
                    1 + random.nextInt(3), random.nextBoolean(), ops);
            double exact = ec2.onDemand(in).monthlyUsd().doubleValue();
            assertThat(ec2.onDemandMonthlyUsd(in)).as("%s", in).isCloseTo(exact, within(1e-12 * Math.max(1, exact)));
        }
    }

    @Test
    void the_curves_on_demand_total_fails_on_an_unknown_ec2_rate_as_the_bill_does() {
        SelfManagedEc2Input in = new SelfManagedEc2Input("m9.huge", 3, 100, 0, 0, Traffic.steady(1, 1), 3, 3, false,
                Optional.empty());
        assertThatThrownBy(() -> ec2.onDemand(in)).isInstanceOf(UnknownPriceException.class);
        assertThatThrownBy(() -> ec2.onDemandMonthlyUsd(in)).isInstanceOf(UnknownPriceException.class)
                .hasMessageContaining("m9.huge");
    }
}
