package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import mskplanner.engine.cost.Money;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.UnknownPriceException;
import mskplanner.pricing.PricingData;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The calculators against the real pricing-data files, where aws-prices.md has worked examples. */
class AlternativesOnBundledPricesTest {
    private static final PricingData DATA = Fixtures.bundled();
    private static final PriceSheet US_EAST_1 = DATA.find("us-east-1").orElseThrow();

    private final KinesisCost kinesis = new KinesisCost(US_EAST_1, DATA.limits(), 730);

    @Test
    void kinesis_provisioned_worked_example_reproduces_to_the_cent() {
        // aws-prices.md: 1 MB/s of 1 KB (1,000-byte) records: $10.95 shard-hours + $36.79 PUT units = $47.74
        KinesisWorkload w = new KinesisWorkload(Traffic.steady(1, 0), 1000, 1000, 0, 24);

        assertThat(Money.cents(kinesis.estimate(w).provisioned().monthlyUsd())).isEqualByComparingTo("47.74");
    }

    @Test
    void kinesis_on_demand_worked_example_with_1_kib_records_reads_gb_as_2_to_the_30() {
        // aws-prices.md: $29.20 + 2,628 GB x $0.08 = $239.44 before reads, with GB = 10^9. The bundled rounding unit is
        // 1,024 bytes, so 1,024-byte records grow by nothing: 2.628e12 B / 2^30 = 2,447.5157 GB x $0.08 = $195.8013
        // + $29.20 = $225.00
        KinesisWorkload w = new KinesisWorkload(Traffic.steady(1, 0), 1024, 1024, 0, 24);

        assertThat(Money.cents(kinesis.estimate(w).onDemand().monthlyUsd())).isEqualByComparingTo("225.00");
    }

    @Test
    void kinesis_on_demand_with_1000_byte_records_pays_for_the_rounding_to_1024() {
        // 1,000 rec/s x 1,024 B x 2,628,000 s = 2.691072e12 B / 2^30 = 2,506.2561 GB x $0.08 = $200.5005 + $29.20 = $229.70
        KinesisWorkload w = new KinesisWorkload(Traffic.steady(1, 0), 1000, 1000, 0, 24);

        assertThat(Money.cents(kinesis.estimate(w).onDemand().monthlyUsd())).isEqualByComparingTo("229.70");
    }

    @Test
    void serverless_floor_and_partition_hours_match_the_worked_examples() {
        // no traffic: D4 730 h x $0.75 = $547.50 + D5 50 partitions x 730 h x $0.0015 = $54.75 = $602.25
        ServerlessPlanner planner = new ServerlessPlanner(US_EAST_1, DATA.limits(), 730);
        ServerlessWorkload w = new ServerlessWorkload(Traffic.steady(0, 1), 50, 0, 1000, 24, ClientAuthentication.IAM);

        assertThat(Money.cents(planner.plan(w).monthlyUsd())).isEqualByComparingTo("602.25");
    }

    @Test
    void bundled_serverless_quotas_keep_the_seed_guides_limits_as_history() {
        ServerlessPlanner planner = new ServerlessPlanner(US_EAST_1, DATA.limits(), 730);
        ServerlessWorkload w = new ServerlessWorkload(Traffic.steady(1, 1), 500, 0, 1000, 168, ClientAuthentication.IAM);

        ServerlessFit fit = planner.plan(w);

        assertThat(fit.fits()).isTrue();
        assertThat(fit.history()).extracting(HistoricalLimit::olderLimit).contains("120 partitions", "24 hours");
    }

    @Test
    void m5_has_no_bundled_savings_plan_rate_so_only_reserved_instances_are_shown() {
        SelfManagedEc2Cost ec2 = new SelfManagedEc2Cost(US_EAST_1, DATA.limits(), 730);
        SelfManagedEc2Input in = new SelfManagedEc2Input("m5.large", 3, 100, 0, 0, Traffic.steady(1, 1), 3, 3, true,
                Optional.empty());

        SelfManagedEc2Estimate estimate = ec2.estimate(in);

        // 1 MB/s for 730 h = 2.628e12 B / 2^30 = 2,447.5157 GB; 3 x 730 h x $0.042 = $91.98 + 300 GiB x $0.08 = $24.00
        // + replication 2,447.5157 x 2 followers x 2 sides x $0.01 = $97.9006 + producers 2,447.5157 x 2/3 x 2 x $0.01
        // = $32.6335 -> $246.5141 -> $246.51
        assertThat(Money.cents(estimate.reserved3yr().orElseThrow().monthlyUsd())).isEqualByComparingTo("246.51");
        assertThat(estimate.savingsPlan1yr()).isEmpty();
        assertThat(estimate.notes()).anyMatch(n -> n.startsWith("1-year Compute Savings Plan, No Upfront left out"));
    }

    @Test
    void a_region_without_ec2_prices_fails_naming_the_region_and_item() {
        SelfManagedEc2Cost ec2 = new SelfManagedEc2Cost(DATA.find("ap-south-1").orElseThrow(), DATA.limits(), 730);
        SelfManagedEc2Input in = new SelfManagedEc2Input("m5.large", 3, 100, 0, 0, Traffic.steady(1, 1), 3, 3, true,
                Optional.empty());

        assertThatThrownBy(() -> ec2.estimate(in)).isInstanceOf(UnknownPriceException.class)
                .hasMessageStartingWith("no price for ec2-hour:m5.large in region ap-south-1");
    }
}
