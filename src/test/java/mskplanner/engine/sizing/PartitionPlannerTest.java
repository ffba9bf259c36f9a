package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionPlannerTest {
    private static PartitionPlan plan(WorkloadProfileBuilder b) {
        return PartitionPlanner.plan(b.build(), SizingFixtures.defaults());
    }

    private static WorkloadProfileBuilder peak(double peakIngressMBps) {
        return WorkloadProfile.builder().avgIngressMBps(peakIngressMBps).peakIngressMBps(peakIngressMBps);
    }

    @Test
    void the_seed_example_120_mb_per_s_and_24_consumers_needs_24_partitions() {
        PartitionPlan p = plan(peak(120.0).maxConsumerParallelism(24));
        // max(ceil(120 / 12) = 10, ceil(120 / 50) = 3, 24) = 24
        assertThat(p.raw()).isEqualTo(new PartitionPlan.Raw(10, 3, 24, 3));
        assertThat(p.recommended()).isEqualTo(24);
    }

    @Test
    void the_seed_example_offers_32_as_the_power_of_two_alternative() {
        assertThat(plan(peak(120.0).maxConsumerParallelism(24)).powerOfTwo()).isEqualTo(32);
    }

    @Test
    void replicas_are_partitions_times_the_replication_factor() {
        // 24 leaders x RF 3 = 72 replicas
        assertThat(plan(peak(120.0).maxConsumerParallelism(24)).replicas()).isEqualTo(72);
    }

    @ParameterizedTest(name = "peak {0} MB/s, groups {1}, peak egress {2}, parallelism {3} -> raw {4}/{5}/{6}, {7}")
    @CsvSource(nullValues = "-", value = {
            // 100 / 12 = 8.33 -> 9; 100 / 50 = 2
            "100, -, -, 1, 9, 2, 1, 9",
            // 36 / 12 is exactly 3 in decimal (binary floating point must not make it 4)
            "36, -, -, 1, 3, 1, 1, 3",
            // raw 10 rounded up to a multiple of the parallelism 4: 12
            "120, -, -, 4, 10, 3, 4, 12",
            // 5 groups: egress 500, 100 per group -> 2
            "100, 5, -, 1, 9, 2, 1, 9",
            // 2 groups sharing 900 MB/s: 450 per group / 50 = 9; max(1, 9, 1) = 9
            "10, 2, 900, 1, 1, 9, 1, 9",
            // no group count: each group reads the full stream, min(100, 300) = 100 -> 2
            "100, -, 300, 1, 9, 2, 1, 9",
            // no group count, one group reading part of the stream: min(600, 30) = 30 -> 1
            "600, -, 30, 1, 50, 1, 1, 50",
            // parallelism above the throughput terms: 7
            "10, -, -, 7, 1, 1, 7, 7",
            // a small topic: every throughput term is 1, one partition per AZ gives 3
            "1, -, -, 1, 1, 1, 1, 3",
    })
    void the_formula_takes_the_largest_term(double peakIn, Integer groups, Double peakOut, int parallelism,
                                            int byIngress, int byEgress, int byParallelism, int recommended) {
        PartitionPlan p = plan(peak(peakIn).consumerGroups(groups).peakEgressMBps(peakOut).avgEgressMBps(peakOut)
                .maxConsumerParallelism(parallelism));
        assertThat(p.raw()).isEqualTo(new PartitionPlan.Raw(byIngress, byEgress, byParallelism, 3));
        assertThat(p.recommended()).isEqualTo(recommended);
        WorkloadProfile profile = peak(peakIn).consumerGroups(groups).peakEgressMBps(peakOut).avgEgressMBps(peakOut)
                .maxConsumerParallelism(parallelism).build();
        assertThat(PartitionPlanner.recommended(profile, SizingFixtures.defaults())).isEqualTo(recommended);
    }

    @ParameterizedTest(name = "{0} partitions asked at {1} MB/s")
    @CsvSource({"1, 1", "5, 120", "7, 1000", "48, 3"})
    void the_count_alone_is_the_plans_recommendation_and_a_requested_count_wins(int partitions, double peakIn) {
        WorkloadProfile asked = peak(peakIn).partitions(partitions).build();
        assertThat(PartitionPlanner.recommended(asked, SizingFixtures.defaults())).isEqualTo(partitions);
        WorkloadProfile formula = peak(peakIn).maxConsumerParallelism(partitions).build();
        assertThat(PartitionPlanner.recommended(formula, SizingFixtures.defaults()))
                .isEqualTo(PartitionPlanner.plan(formula, SizingFixtures.defaults()).recommended());
    }

    @ParameterizedTest(name = "{0} partitions -> {1}")
    @CsvSource({"1, 1", "2, 2", "3, 4", "24, 32", "32, 32", "33, 64", "1000, 1024"})
    void the_power_of_two_is_the_smallest_at_or_above_the_recommendation(int partitions, int powerOfTwo) {
        assertThat(plan(peak(1.0).partitions(partitions)).powerOfTwo()).isEqualTo(powerOfTwo);
    }

    @Test
    void custom_write_and_read_rates_per_partition_change_the_terms() {
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).writeMBpsPerPartition(5.0).readMBpsPerPartition(20.0).build();
        // 120 / 5 = 24; 120 / 20 = 6
        PartitionPlan p = PartitionPlanner.plan(peak(120.0).build(), a);
        assertThat(p.raw()).isEqualTo(new PartitionPlan.Raw(24, 6, 1, 3));
    }

    @Test
    void a_requested_partition_count_is_kept_even_below_the_formula() {
        PartitionPlan p = plan(peak(120.0).maxConsumerParallelism(24).partitions(12));
        assertThat(p.recommended()).isEqualTo(12);
        assertThat(p.raw().max()).isEqualTo(24);
    }

    @Test
    void a_requested_partition_count_below_the_formula_is_warned_about() {
        assertThat(plan(peak(120.0).maxConsumerParallelism(24).partitions(12)).warnings())
                .anySatisfy(w -> assertThat(w).startsWith("partitions 12 is below the formula's 24"));
    }

    @Test
    void the_plan_always_warns_that_partitions_only_grow_and_growing_them_remaps_keys() {
        assertThat(plan(peak(120.0).maxConsumerParallelism(24)).warnings())
                .anySatisfy(w -> assertThat(w).contains("can only grow").contains("re-maps keys"));
    }

    @Test
    void partitions_that_are_not_a_multiple_of_the_az_count_are_warned_about() {
        // ceil(50 / 12) = 5 partitions over 3 AZs
        assertThat(plan(peak(50.0)).warnings())
                .anySatisfy(w -> assertThat(w).startsWith("5 partitions are not a multiple of the 3 availability zones"));
    }

    @Test
    void partitions_that_are_a_multiple_of_the_az_count_get_no_spread_warning() {
        assertThat(plan(peak(120.0).maxConsumerParallelism(24)).warnings()).noneMatch(w -> w.contains("spread evenly"));
    }
}
