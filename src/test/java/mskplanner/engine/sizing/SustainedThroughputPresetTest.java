package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/**
 * The "sustained-throughput" preset: Equation 1 at the 80% production target, from EC2 baselines in MB/s
 * (m5.large: EBS 81.25, network 93.75; m5.4xlarge: 593.75, 625; m7g.large: 78.75, 117.125) and a 250 MiB/s
 * (262.144 MB/s) volume.
 */
class SustainedThroughputPresetTest {
    static WorkloadProfileBuilder peak(double peakMBps, int groups) {
        return WorkloadProfile.builder().avgIngressMBps(peakMBps).peakIngressMBps(peakMBps).consumerGroups(groups)
                .retentionHours(1.0).partitions(3);
    }

    static SizedOption size(WorkloadProfileBuilder b, String type) {
        return SizingFixtures.option(SizingFixtures.plan(b.build(), Preset.SUSTAINED_THROUGHPUT), type);
    }

    static Constraint constraint(SizedOption o, ConstraintName name) {
        return o.constraint(name).orElseThrow();
    }

    @Test
    void ingress_is_r_times_peak_against_the_storage_and_ebs_terms_at_80_percent() {
        // 3 x 100 = 300 MB/s written; 0.8 x min(262.144, 81.25) = 65 per broker: 4.6 -> 5 -> 6
        SizedOption o = size(peak(100, 1), "kafka.m5.large");
        assertThat(constraint(o, ConstraintName.INGRESS).brokersNeeded()).isEqualTo(6);
        // shown per broker in client MB/s: 65 / 3 = 21.667
        assertThat(constraint(o, ConstraintName.INGRESS).capacityPerBroker()).isCloseTo(65 / 3.0, within(1e-9));
    }

    @Test
    void egress_is_consumer_reads_plus_follower_fetches_against_the_network_term_at_80_percent() {
        // 100 + (3 - 1) x 100 = 300 MB/s out; 0.8 x 93.75 = 75 per broker: exactly 4 -> 6
        SizedOption o = size(peak(100, 1), "kafka.m5.large");
        assertThat(constraint(o, ConstraintName.EGRESS).brokersNeeded()).isEqualTo(6);
    }

    @Test
    void equal_ingress_and_egress_needs_name_ingress() {
        assertThat(size(peak(100, 1), "kafka.m5.large").bottleneck()).isEqualTo(ConstraintName.INGRESS);
    }

    @Test
    void more_consumer_groups_make_the_network_term_bind() {
        // 3 groups: 300 + 200 = 500 MB/s out / 75 = 6.67 -> 7 -> 9; ingress still 6
        SizedOption o = size(peak(100, 3), "kafka.m5.large");
        assertThat(o.brokers()).isEqualTo(9);
        assertThat(o.bottleneck()).isEqualTo(ConstraintName.EGRESS);
    }

    @Test
    void the_volume_throughput_binds_on_large_brokers_without_pst() {
        // 1000 MB/s: 3000 written / (0.8 x min(262.144, 593.75) = 209.7152) = 14.3 -> 15
        assertThat(size(peak(1000, 1), "kafka.m5.4xlarge").brokers()).isEqualTo(15);
    }

    @Test
    void pst_raises_the_volume_throughput() {
        // PST 500 MiB/s = 524.288 MB/s: 3000 / (0.8 x 524.288 = 419.43) = 7.15 -> 8 -> 9; egress 3000 / 500 = 6
        SizedOption o = size(peak(1000, 1).provisionedThroughputMiBps(500.0), "kafka.m5.4xlarge");
        assertThat(o.brokers()).isEqualTo(9);
        assertThat(o.constraint(ConstraintName.PST)).isEmpty();
    }

    @Test
    void pst_on_m7g_2xlarge_is_billed_up_to_its_312_5_mibps() {
        SizedOption o = size(peak(100, 1).provisionedThroughputMiBps(500.0), "kafka.m7g.2xlarge");
        // MSK caps it at 312.5 MiB/s per broker on this size, and the bill carries that
        assertThat(((mskplanner.engine.cost.spec.StandardClusterSpec) o.spec()).provisionedThroughputMiBps()).isEqualTo(312.5);
        assertThat(o.warnings()).contains("Provisioned storage throughput capped at 312.5 MiB/s per broker, the most"
                + " kafka.m7g.2xlarge supports.");
    }

    @Test
    void a_quotient_that_is_mathematically_whole_does_not_gain_a_broker() {
        // m7g.large, 1592.9 MB/s: 1592.9 x 3 = 4778.7 out / (0.8 x 117.125 = 93.7) = exactly 51 (double: 51.000...1 -> 52)
        SizedOption o = size(peak(1592.9, 1), "kafka.m7g.large");
        assertThat(constraint(o, ConstraintName.EGRESS).brokersNeeded()).isEqualTo(51);
    }

    @Test
    void the_sustained_limit_of_the_chosen_cluster_is_shown() {
        // 6 x m5.large: min(262.144 x 6 / 3, 81.25 x 6 / 3, 93.75 x 6 / (1 + 3 - 1)) = 162.5 MB/s
        assertThat(size(peak(100, 1), "kafka.m5.large").sustainedLimitMBps()).hasValueCloseTo(162.5, within(1e-9));
    }

    @Test
    void partitions_and_storage_are_sized_as_in_the_workbook() {
        // 5000 leaders x 3 = 15000 replicas / 1000 per m5.large = 15
        SizedOption o = size(peak(10, 1).partitions(5000), "kafka.m5.large");
        assertThat(o.brokers()).isEqualTo(15);
        assertThat(o.bottleneck()).isEqualTo(ConstraintName.PARTITIONS);
    }

    @Test
    void the_preset_is_echoed_in_the_plan() {
        assertThat(SizingFixtures.plan(peak(10, 1).build(), Preset.SUSTAINED_THROUGHPUT).preset())
                .isEqualTo(Preset.SUSTAINED_THROUGHPUT);
    }
}
