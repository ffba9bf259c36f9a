package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExpressSizingTest {
    static double mib(double mibps) {
        return mibps * 1.048576;
    }

    static SizedOption size(WorkloadProfileBuilder b, String type) {
        return SizingFixtures.option(SizingFixtures.plan(b.build(), Preset.AWS_WORKBOOK), type);
    }

    /** AWS's documented example: 100 MiB/s in (avg = peak), 5 consumer groups. */
    static WorkloadProfileBuilder awsExample() {
        return WorkloadProfile.builder().avgIngressMBps(mib(100)).peakIngressMBps(mib(100)).consumerGroups(5);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Preset.class)
    void awss_example_needs_6_express_m7g_2xlarge_brokers_bound_by_egress(Preset preset) {
        // ingress: 100 / (62.5 x 0.75 = 46.875) = 2.13 -> 3; egress: 500 / (62.5 x 2.5 = 156.25) = 3.2 -> 4 -> 6
        SizedOption o = SizingFixtures.option(SizingFixtures.plan(awsExample().build(), preset), "express.m7g.2xlarge");
        assertThat(o.constraint(ConstraintName.INGRESS).orElseThrow().brokersNeeded()).isEqualTo(3);
        assertThat(o.constraint(ConstraintName.EGRESS).orElseThrow().brokersNeeded()).isEqualTo(6);
        assertThat(o.brokers()).isEqualTo(6);
        assertThat(o.bottleneck()).isEqualTo(ConstraintName.EGRESS);
    }

    @Test
    void egress_capacity_is_2_5_times_sustained_ingress_without_utilization() {
        Constraint egress = size(awsExample(), "express.m7g.2xlarge").constraint(ConstraintName.EGRESS).orElseThrow();
        assertThat(egress.capacityPerBroker()).isCloseTo(mib(156.25), within(1e-9));
    }

    @Test
    void ingress_capacity_is_sustained_ingress_times_the_express_utilization() {
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).utilizationExpress(0.5).build();
        SizedOption o = SizingFixtures.option(SizingFixtures.plan(awsExample().build(), a, Preset.AWS_WORKBOOK),
                "express.m7g.large");
        // 15.625 x 0.5 = 7.8125 MiB/s; 100 / 7.8125 = 12.8 -> 13 -> 15
        assertThat(o.constraint(ConstraintName.INGRESS).orElseThrow().capacityPerBroker()).isCloseTo(mib(7.8125), within(1e-9));
        assertThat(o.constraint(ConstraintName.INGRESS).orElseThrow().brokersNeeded()).isEqualTo(15);
    }

    @Test
    void express_partitions_count_three_replicas_whatever_the_profiles_rf() {
        // 2000 leaders x 3 = 6000 replicas / 1000 per express.m7g.large = 6
        SizedOption o = size(WorkloadProfile.builder().avgIngressMBps(1.0).partitions(2000).replicationFactor(2), "express.m7g.large");
        assertThat(o.constraint(ConstraintName.PARTITIONS).orElseThrow().demand()).isEqualTo(6000);
        assertThat(o.brokers()).isEqualTo(6);
    }

    @Test
    void express_always_spreads_over_three_azs() {
        // 1 MB/s on 2 AZs: Express still rounds to 3
        assertThat(size(WorkloadProfile.builder().avgIngressMBps(1.0).availabilityZones(2), "express.m7g.large").brokers())
                .isEqualTo(3);
    }

    @Test
    void express_options_have_no_storage_tiering_pst_or_equation_1_cross_check() {
        SizedOption o = size(awsExample().provisionedThroughputMiBps(500.0), "express.m7g.16xlarge");
        assertThat(o.constraints()).extracting(Constraint::name)
                .containsExactly(ConstraintName.INGRESS, ConstraintName.EGRESS, ConstraintName.PARTITIONS);
        assertThat(o.storageGiBPerBroker()).isZero();
        assertThat(o.tieredStorageGiB()).isZero();
        assertThat(o.sustainedLimitMBps()).isEmpty();
    }
}
