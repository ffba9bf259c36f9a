package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

class OptionWarningsTest {
    static SizedOption option(WorkloadProfileBuilder b, String type) {
        return SizingFixtures.option(SizingFixtures.plan(b.build(), Preset.AWS_WORKBOOK), type);
    }

    static SizedOption option(WorkloadProfileBuilder b, Assumptions a, String type) {
        return SizingFixtures.option(SizingFixtures.plan(b.build(), a, Preset.AWS_WORKBOOK), type);
    }

    static WorkloadProfileBuilder mbps(double rate) {
        return WorkloadProfile.builder().avgIngressMBps(rate).retentionHours(1.0).partitions(3);
    }

    @Test
    void an_option_above_the_broker_quota_says_so() {
        // 1000 MB/s on m5.large: 953.7 MiB/s / 6.2308 = 153.1 -> 156 brokers
        SizedOption o = option(mbps(1000), "kafka.m5.large");
        assertThat(o.fitsQuota()).isFalse();
        assertThat(o.warnings()).contains("Needs 156 brokers, above the broker quota of 60 per cluster: request a quota"
                + " increase or pick a larger size.");
    }

    @Test
    void partitions_that_do_not_divide_over_the_brokers_are_warned_about() {
        // 10 leaders over 3 brokers: 4, 3, 3
        assertThat(option(mbps(1).partitions(10), "kafka.m5.large").warnings())
                .contains("10 partitions do not spread evenly over 3 brokers: some brokers lead 4, others 3.");
    }

    @Test
    void replicas_above_the_recommended_count_per_broker_are_warned_about_when_sizing_to_the_maximum() {
        // 1200 x 3 = 3600 replicas / 1500 max = 2.4 -> 3 brokers: 1200 per broker > 1000 recommended
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).useMaxPartitions(true).build();
        assertThat(option(mbps(1).partitions(1200), a, "kafka.m5.large").warnings())
                .contains("1200 partition replicas per broker are above the recommended 1000 for kafka.m5.large.");
    }

    @Test
    void two_brokers_are_warned_about() {
        // 2 AZs, RF 2, 1 MB/s: 2 brokers
        SizedOption o = option(mbps(1).availabilityZones(2).replicationFactor(2).minInsyncReplicas(1).partitions(2),
                "kafka.m5.large");
        assertThat(o.brokers()).isEqualTo(2);
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).startsWith("Only 2 brokers"));
    }

    @Test
    void t3_small_does_not_support_tiered_storage() {
        assertThat(option(mbps(1).retentionHours(168.0).localRetentionHours(24.0), "kafka.t3.small").warnings())
                .contains("kafka.t3.small does not support tiered storage.");
    }

    @Test
    void a_right_sized_option_has_no_warning() {
        assertThat(option(mbps(1), "kafka.m5.large").warnings()).isEmpty();
    }
}
