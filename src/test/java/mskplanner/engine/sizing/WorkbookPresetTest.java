package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The aws-workbook preset's constraints, computed by hand in MiB/s. Profiles are given in MB/s as MiB/s x 1.048576,
 * so "100 MiB/s" below is 104.8576 MB/s in the request.
 */
class WorkbookPresetTest {
    static final double MB_PER_MIB = 1.048576;

    static double mib(double mibps) {
        return mibps * MB_PER_MIB;
    }

    /**
     * avg = peak ingress in MiB/s, egress = ingress x groups, 3 leader partitions, and 1 h retention so storage stays
     * below one broker per AZ (100 MiB/s x 1 h x 3600 x 3 / 1024 x 2 = 2,109 GiB).
     */
    static WorkloadProfileBuilder steady(double mibps, int groups) {
        return WorkloadProfile.builder().avgIngressMBps(mib(mibps)).peakIngressMBps(mib(mibps)).consumerGroups(groups)
                .retentionHours(1.0).partitions(3);
    }

    static SizedOption size(WorkloadProfileBuilder b, String type) {
        return SizingFixtures.option(SizingFixtures.plan(b.build(), Preset.AWS_WORKBOOK), type);
    }

    static SizedOption size(WorkloadProfileBuilder b, Assumptions a, String type) {
        return SizingFixtures.option(SizingFixtures.plan(b.build(), a, Preset.AWS_WORKBOOK), type);
    }

    static Constraint constraint(SizedOption o, ConstraintName name) {
        return o.constraint(name).orElseThrow();
    }

    @ParameterizedTest(name = "{0}, {1} group(s), retention {2} h -> {3} MiB/s per broker")
    @CsvSource({
            // min(81 / 6.5 = 12.4615, 96 / (1 x 1.5 + 5.7) = 13.333) x 0.5 = 6.2308 (storage-bound)
            "kafka.m5.large, 1, 1, 6.230769230769231",
            // min(593.75 / 6.5 = 91.346, 640 / 7.2 = 88.889) x 0.5 = 44.444 (network-bound)
            "kafka.m5.4xlarge, 1, 1, 44.44444444444444",
            // fan-out 2: network factor 2 x 1.5 + 5.7 = 8.7; min(91.346, 640 / 8.7 = 73.563) x 0.5 = 36.782
            "kafka.m5.4xlarge, 2, 1, 36.78160919540229",
            // min(312.5 / 6.5 = 48.077, 469 / 7.2 = 65.139) x 0.5 = 24.038
            "kafka.m7g.2xlarge, 1, 1, 24.03846153846154",
            // tiered (retention 168 > local 1): min(81 / 8.0 = 10.125, 96 / (1.5 + 7.2) = 11.034) x 0.5 = 5.0625
            "kafka.m5.large, 1, 168, 5.0625",
    })
    void ingress_capacity_is_the_lower_of_storage_and_network_over_their_factors_times_utilization(
            String type, int groups, double retention, double capacityMiBps) {
        SizedOption o = size(steady(100, groups).retentionHours(retention).localRetentionHours(1.0), type);
        assertThat(constraint(o, ConstraintName.INGRESS).capacityPerBroker()).isCloseTo(mib(capacityMiBps), within(1e-9));
    }

    @Test
    void egress_capacity_is_fan_out_times_ingress_capacity() {
        // fan-out 2 x 36.782 MiB/s = 73.563 MiB/s
        SizedOption o = size(steady(100, 2), "kafka.m5.4xlarge");
        assertThat(constraint(o, ConstraintName.EGRESS).capacityPerBroker()).isCloseTo(mib(2 * 36.78160919540229), within(1e-9));
    }

    @ParameterizedTest(name = "{0}: {1} ingress brokers")
    @CsvSource({
            // 100 / 6.2308 = 16.05 -> 17 -> 18
            "kafka.m5.large, 18",
            // 100 / 44.444 = 2.25 -> 3
            "kafka.m5.4xlarge, 3",
            // 100 / 24.038 = 4.16 -> 5 -> 6
            "kafka.m7g.2xlarge, 6",
    })
    void the_ingress_constraint_divides_peak_ingress_by_capacity_and_rounds_up_to_the_azs(String type, int brokers) {
        SizedOption o = size(steady(100, 1), type);
        assertThat(constraint(o, ConstraintName.INGRESS).brokersNeeded()).isEqualTo(brokers);
        assertThat(constraint(o, ConstraintName.INGRESS).demand()).isCloseTo(mib(100), within(1e-9));
    }

    @Test
    void with_fan_out_one_ingress_and_egress_tie_and_ingress_is_named() {
        SizedOption o = size(steady(100, 1), "kafka.m5.large");
        assertThat(constraint(o, ConstraintName.EGRESS).brokersNeeded()).isEqualTo(18);
        assertThat(o.brokers()).isEqualTo(18);
        assertThat(o.bottleneck()).isEqualTo(ConstraintName.INGRESS);
    }

    @Test
    void two_azs_use_an_az_factor_of_2_and_round_to_multiples_of_2() {
        // network factor 1 x 2 + 5.7 = 7.7: min(91.346, 640 / 7.7 = 83.117) x 0.5 = 41.558; 100 / 41.558 = 2.41 -> 3 -> 4
        SizedOption o = size(steady(100, 1).availabilityZones(2), "kafka.m5.4xlarge");
        assertThat(constraint(o, ConstraintName.INGRESS).capacityPerBroker()).isCloseTo(mib(640 / 7.7 * 0.5), within(1e-9));
        assertThat(o.brokers()).isEqualTo(4);
    }

    @Test
    void a_lower_utilization_target_needs_more_brokers() {
        // 88.889 x 0.25 = 22.222; 100 / 22.222 = 4.5 -> 5 -> 6
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).utilizationStandard(0.25).build();
        assertThat(size(steady(100, 1), a, "kafka.m5.4xlarge").brokers()).isEqualTo(6);
    }

    @Test
    void the_partitions_constraint_compares_replicas_with_the_recommended_count_per_broker() {
        // 5000 leaders x RF 3 = 15000 replicas / 4000 = 3.75 -> 4 -> 6; throughput: 850 / 6.5 = 130.77 vs
        // 1280 / 7.2 = 177.8 -> 65.38 per broker, 100 / 65.38 = 1.53 -> 3
        SizedOption o = size(steady(100, 1).partitions(5000), "kafka.m5.8xlarge");
        Constraint p = constraint(o, ConstraintName.PARTITIONS);
        assertThat(p.demand()).isEqualTo(15000);
        assertThat(p.capacityPerBroker()).isEqualTo(4000);
        assertThat(p.brokersNeeded()).isEqualTo(6);
        assertThat(o.bottleneck()).isEqualTo(ConstraintName.PARTITIONS);
    }

    @Test
    void the_maximum_partition_count_is_used_on_request() {
        // 15000 / 6000 = 2.5 -> 3: ties with ingress (3), so ingress is named
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).useMaxPartitions(true).build();
        SizedOption o = size(steady(100, 1).partitions(5000), a, "kafka.m5.8xlarge");
        assertThat(constraint(o, ConstraintName.PARTITIONS).brokersNeeded()).isEqualTo(3);
        assertThat(o.bottleneck()).isEqualTo(ConstraintName.INGRESS);
    }

    @Test
    void the_workbook_caps_kafka_m5_24xlarge_at_4000_partitions_per_broker() {
        // the workbook's maximum is 4000 (the AWS docs say 6000): 15000 / 4000 = 3.75 -> 4 -> 6
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).useMaxPartitions(true).build();
        SizedOption o = size(steady(100, 1).partitions(5000), a, "kafka.m5.24xlarge");
        assertThat(constraint(o, ConstraintName.PARTITIONS).capacityPerBroker()).isEqualTo(4000);
        assertThat(o.brokers()).isEqualTo(6);
    }

    @Test
    void the_storage_constraint_compares_cluster_ebs_with_16384_gib_per_broker() {
        // 100 MiB/s x 720 h x 3600 x RF 3 / 1024 x 2.0 = 1,518,750 GiB; / 16,384 = 92.7 -> 93
        SizedOption o = size(steady(100, 1).retentionHours(720.0), "kafka.m5.24xlarge");
        Constraint s = constraint(o, ConstraintName.STORAGE);
        assertThat(s.demand()).isCloseTo(1_518_750, within(1e-6));
        assertThat(s.capacityPerBroker()).isEqualTo(16384);
        assertThat(o.brokers()).isEqualTo(93);
        assertThat(o.bottleneck()).isEqualTo(ConstraintName.STORAGE);
        // 1,518,750 / 93 = 16,330.645 GiB per broker, provisioned as a whole 16,331 GiB volume
        assertThat(o.storageGiBPerBroker()).isEqualTo(16_331);
    }

    @Test
    void disk_headroom_scales_the_ebs_storage() {
        // 100 x 720 x 3600 x 3 / 1024 = 759,375 GiB retained, x 1.5 = 1,139,062.5
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).diskHeadroom(1.5).build();
        SizedOption o = size(steady(100, 1).retentionHours(720.0), a, "kafka.m5.24xlarge");
        assertThat(constraint(o, ConstraintName.STORAGE).demand()).isCloseTo(1_139_062.5, within(1e-6));
    }

    @Test
    void ebs_storage_uses_local_retention_and_tiered_storage_holds_the_rest_once() {
        SizedOption o = size(steady(10, 1).retentionHours(168.0).localRetentionHours(24.0), "kafka.m5.large");
        // EBS: 10 x 24 x 3600 x 3 / 1024 x 2 = 5,062.5 GiB; tiered: 10 x (168 - 24) x 3600 / 1024 = 5,062.5 GiB
        assertThat(constraint(o, ConstraintName.STORAGE).demand()).isCloseTo(5062.5, within(1e-9));
        assertThat(o.tieredStorageGiB()).isCloseTo(5062.5, within(1e-9));
    }

    @Test
    void without_tiering_there_is_no_tiered_storage() {
        assertThat(size(steady(10, 1), "kafka.m5.large").tieredStorageGiB()).isZero();
    }

    @Test
    void pst_adds_a_constraint_of_average_egress_against_provisioned_throughput() {
        // fan-out 10: network factor 10 x 1.5 + 5.7 = 20.7; min(1000 / 6.5 = 153.8, 1536 / 20.7 = 74.2) x 0.5 = 37.1;
        // ingress 100 / 37.1 = 2.7 -> 3; pst: avg egress 1000 / min(250, 1000) = 4 -> 6
        SizedOption o = size(steady(100, 10).provisionedThroughputMiBps(250.0), "kafka.m5.12xlarge");
        Constraint pst = constraint(o, ConstraintName.PST);
        assertThat(pst.demand()).isCloseTo(mib(1000), within(1e-9));
        assertThat(pst.capacityPerBroker()).isCloseTo(mib(250), within(1e-9));
        assertThat(o.brokers()).isEqualTo(6);
        assertThat(o.bottleneck()).isEqualTo(ConstraintName.PST);
    }

    @Test
    void without_pst_there_is_no_pst_constraint() {
        assertThat(size(steady(100, 10), "kafka.m5.12xlarge").constraint(ConstraintName.PST)).isEmpty();
    }

    @Test
    void sizes_below_4xlarge_get_no_pst_constraint() {
        SizedOption o = size(steady(100, 10).provisionedThroughputMiBps(250.0), "kafka.m5.2xlarge");
        assertThat(o.constraint(ConstraintName.PST)).isEmpty();
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).startsWith("Provisioned storage throughput is available on"
                + " kafka.m5.4xlarge and kafka.m7g.2xlarge and larger sizes only: not applied to kafka.m5.2xlarge"));
    }

    @Test
    void m7g_2xlarge_keeps_the_scripts_pst_list_and_says_so() {
        // MSK allows 312.5 MiB/s of PST on kafka.m7g.2xlarge; AWS's sizing script (this preset) does not offer it
        SizedOption o = size(steady(100, 10).provisionedThroughputMiBps(300.0), "kafka.m7g.2xlarge");
        assertThat(o.constraint(ConstraintName.PST)).isEmpty();
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).isEqualTo("Provisioned storage throughput not applied to"
                + " kafka.m7g.2xlarge: the aws-workbook preset follows AWS's sizing script, which does not offer it on"
                + " this size (MSK allows up to 312.5 MiB/s); the sustained-throughput preset sizes with it."));
    }

    @Test
    void pst_is_capped_at_the_sizes_ebs_figure() {
        SizedOption o = size(steady(100, 10).provisionedThroughputMiBps(1000.0), "kafka.m5.4xlarge");
        assertThat(constraint(o, ConstraintName.PST).capacityPerBroker()).isCloseTo(mib(593.75), within(1e-9));
        assertThat(o.warnings()).contains(
                "Provisioned storage throughput capped at 593.75 MiB/s per broker, the most kafka.m5.4xlarge supports.");
    }

    @Test
    void pst_does_not_change_the_storage_factor() {
        SizedOption with = size(steady(100, 1).provisionedThroughputMiBps(500.0), "kafka.m5.4xlarge");
        SizedOption without = size(steady(100, 1), "kafka.m5.4xlarge");
        assertThat(constraint(with, ConstraintName.INGRESS).capacityPerBroker())
                .isEqualTo(constraint(without, ConstraintName.INGRESS).capacityPerBroker());
    }

    @Test
    void every_standard_option_shows_the_equation_1_cross_check() {
        // 18 x m5.large, RF 3, 1 group: min(262.144 x 18 / 3, 81.25 x 18 / 3, 93.75 x 18 / 3) = 487.5 MB/s
        assertThat(size(steady(100, 1), "kafka.m5.large").sustainedLimitMBps()).hasValueCloseTo(487.5, within(1e-9));
    }

    @Test
    void a_cluster_above_80_percent_of_its_equation_1_limit_is_warned_about() {
        // RF 8 shrinks Equation 1 (t / 8) but not the workbook's capacity (its factors hold RF 3): at utilization 1
        // m5.2xlarge takes min(250 / 6.5, 320 / 7.2) = 38.46 MiB/s per broker: 340 / 38.46 = 8.8 -> 9 brokers (also
        // RF 8's floor, ceil(8 / 3) x 3 = 9), whose limit is min(262.144 x 9 / 8, 287.5 x 9 / 8, 312.5 x 9 / 8)
        // = 294.9 MB/s; 340 MiB/s = 356.52 MB/s > 0.8 x 294.9
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).utilizationStandard(1.0).build();
        SizedOption o = size(steady(340, 1).replicationFactor(8), a, "kafka.m5.2xlarge");
        assertThat(o.brokers()).isEqualTo(9);
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).startsWith("Cross-check: peak ingress 356.52 MB/s is above"
                + " 80% of this cluster's Equation 1 sustained limit"));
    }

    @Test
    void t3_small_is_sized_from_its_ec2_baselines_and_flagged_as_development_only() {
        // EC2 baselines in MiB/s: EBS 20.74, network 15.26: min(20.74 / 6.5, 15.26 / 7.2) x 0.5 = 1.0597
        SizedOption o = size(steady(1, 1), "kafka.t3.small");
        assertThat(constraint(o, ConstraintName.INGRESS).capacityPerBroker()).isCloseTo(mib(15.26 / 7.2 * 0.5), within(1e-9));
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("development only").contains("cannot run KRaft"));
    }
}
