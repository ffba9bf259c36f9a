package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/** A region whose bundled prices cover only some sizes still gets a plan for those sizes; the rest are named. */
class PartialPricesTest {
    private final Plan plan = SizingFixtures.planner().plan(new PlanInput(
            WorkloadProfile.builder().avgIngressMBps(10.0).peakIngressMBps(20.0).consumerGroups(2).retentionHours(24.0).build(),
            SizingFixtures.defaults(), Preset.AWS_WORKBOOK), Fixtures.bundled().sheet("ap-south-1"));

    @Test
    void only_the_sizes_the_region_prices_are_options() {
        // ap-south-1 knows broker-hours for kafka.t3.small, kafka.m7g.large, kafka.m7g.xlarge and express.m7g.large,
        // and broker storage, but not Express storage: the Express size cannot be priced either
        assertThat(plan.options()).extracting(o -> o.instanceType().name())
                .containsExactly("kafka.t3.small", "kafka.m7g.large", "kafka.m7g.xlarge");
    }

    @Test
    void the_sizes_left_out_are_named_with_the_missing_price() {
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("Not priced in ap-south-1")
                .contains("kafka.m5.large (broker-hour:kafka.m5.large)")
                .contains("express.m7g.large (express-storage-gb-month)")
                .doesNotContain("kafka.m7g.large (")
                .endsWith("These sizes are left out of the options and the picks."));
    }

    @Test
    void an_unknown_inter_az_price_leaves_the_line_out_and_says_so() {
        assertThat(plan.options()).allSatisfy(o -> assertThat(o.cost().lineItems())
                .noneMatch(l -> l.item().startsWith("Cross-AZ")));
        assertThat(plan.warnings()).contains(
                "Cross-AZ data transfer is not priced in ap-south-1 (inter-az-gb unknown): option totals leave it out.");
    }

    @Test
    void picks_come_from_the_priced_sizes() {
        assertThat(plan.recommended().m5()).isEmpty();
        assertThat(plan.recommended().m7g()).hasValueSatisfying(o -> assertThat(o.instanceType().family()).isEqualTo("m7g"));
    }
}
