package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

class RecommendationsTest {
    static double mib(double mibps) {
        return mibps * 1.048576;
    }

    /** 100 MiB/s in, avg = peak, one group, 24 h, 3 partitions. */
    static WorkloadProfile hundredMiBps() {
        return WorkloadProfile.builder().avgIngressMBps(mib(100)).peakIngressMBps(mib(100)).consumerGroups(1)
                .retentionHours(24.0).partitions(3).build();
    }

    static Plan plan(WorkloadProfile p, Integer quota) {
        return SizingFixtures.plan(p, Assumptions.builder(SizingFixtures.limits()).brokerQuota(quota).build(), Preset.AWS_WORKBOOK);
    }

    static String name(java.util.Optional<SizedOption> o) {
        return o.map(x -> x.instanceType().name()).orElse("none");
    }

    @Test
    void the_m5_pick_is_the_cheapest_m5_option() {
        // broker-hours per hour: large 18 x 0.21 = 3.78; xlarge 12 x 0.42 = 5.04; 2xlarge 6 x 0.84 = 5.04; ...
        // storage and cross-AZ are the same for every Standard option
        assertThat(name(plan(hundredMiBps(), null).recommended().m5())).isEqualTo("kafka.m5.large");
    }

    @Test
    void equal_cost_goes_to_the_smaller_size_listed_first() {
        // m7g.large 18 x 0.204 = 3.672 / h; m7g.xlarge 9 x 0.408 = 3.672 / h: a tie. 48 h keeps the EBS a whole GiB
        // per broker on both: 100 x 48 x 3600 x 3 / 1024 x 2 = 101,250 GiB = 18 x 5,625 = 9 x 11,250 (at 24 h,
        // 50,625 / 18 = 2,812.5 rounds up to 2,813 GiB and m7g.large would cost $0.90 more)
        Plan plan = plan(WorkloadProfile.builder().avgIngressMBps(mib(100)).peakIngressMBps(mib(100)).consumerGroups(1)
                .retentionHours(48.0).partitions(3).build(), null);
        assertThat(SizingFixtures.option(plan, "kafka.m7g.large").brokers()).isEqualTo(18);
        assertThat(SizingFixtures.option(plan, "kafka.m7g.xlarge").brokers()).isEqualTo(9);
        assertThat(SizingFixtures.option(plan, "kafka.m7g.large").monthlyUsd())
                .isEqualByComparingTo(SizingFixtures.option(plan, "kafka.m7g.xlarge").monthlyUsd());
        assertThat(name(plan.recommended().m7g())).isEqualTo("kafka.m7g.large");
    }

    @Test
    void the_express_pick_and_the_overall_pick_follow_cost() {
        // express.m7g.large 9 brokers: 9 x 730 x 0.408 = 2,680.56 + 843.75 storage + 2,566.41 data + cross-AZ, below
        // m7g.large's 2,680.56 + 5,062.50 EBS + cross-AZ
        Plan plan = plan(hundredMiBps(), null);
        assertThat(name(plan.recommended().express())).isEqualTo("express.m7g.large");
        assertThat(name(plan.recommended().overall())).isEqualTo("express.m7g.large");
    }

    @Test
    void options_above_the_broker_quota_are_not_picked() {
        // quota 12: m5.large (18) is out; xlarge 12 x 0.42 = 2xlarge 6 x 0.84 = 4xlarge 3 x 1.68: the tie goes to xlarge
        Plan plan = plan(hundredMiBps(), 12);
        assertThat(SizingFixtures.option(plan, "kafka.m5.large").fitsQuota()).isFalse();
        assertThat(name(plan.recommended().m5())).isEqualTo("kafka.m5.xlarge");
        assertThat(name(plan.recommended().m7g())).isEqualTo("kafka.m7g.xlarge");
    }

    @Test
    void an_infeasible_class_has_no_pick_and_the_plan_still_lists_every_option() {
        // 2000 MiB/s: even m5.24xlarge takes min(1000 / 6.5, 3200 / 7.2) x 0.5 = 76.9 per broker -> 27 brokers > 3
        Plan plan = plan(WorkloadProfile.builder().avgIngressMBps(mib(2000)).retentionHours(1.0).partitions(3).build(), 3);
        assertThat(plan.recommended().m5()).isEmpty();
        assertThat(plan.options()).hasSize(23);
        assertThat(plan.options()).allSatisfy(o -> assertThat(o.fitsQuota()).isEqualTo(o.brokers() <= 3));
    }

    @Test
    void t3_small_is_never_a_pick_even_when_cheapest() {
        // 1 MiB/s: t3.small 3 x 730 x $0.0456 is the cheapest cluster, but it is for development only
        Plan plan = plan(WorkloadProfile.builder().avgIngressMBps(mib(1)).retentionHours(1.0).build(), null);
        assertThat(SizingFixtures.option(plan, "kafka.t3.small").monthlyUsd())
                .isLessThan(plan.recommended().overall().orElseThrow().monthlyUsd());
        assertThat(plan.recommended().classesOf(SizingFixtures.option(plan, "kafka.t3.small"))).isEmpty();
    }

    @Test
    void a_pick_names_every_class_it_wins() {
        Plan plan = plan(hundredMiBps(), null);
        assertThat(plan.recommended().classesOf(plan.recommended().overall().orElseThrow()))
                .containsExactly("express", "overall");
    }

    @Test
    void options_are_listed_standard_first_in_catalog_order() {
        Plan plan = plan(hundredMiBps(), null);
        assertThat(plan.options().get(0).instanceType().name()).isEqualTo("kafka.t3.small");
        assertThat(plan.options().get(16).instanceType().name()).isEqualTo("express.m7g.large");
    }
}
