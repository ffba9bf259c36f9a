package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/** A replication factor the load alone would not give brokers for adds brokers instead of refusing the plan. */
class ReplicationFloorTest {
    private static Plan plan(int replicationFactor, int minInsync, int zones) {
        // 1 MB/s, 24 h: ingress, egress, partitions and storage each need only one broker per AZ
        WorkloadProfile p = WorkloadProfile.builder().avgIngressMBps(1.0).peakIngressMBps(1.0).consumerGroups(1)
                .retentionHours(24.0).replicationFactor(replicationFactor).minInsyncReplicas(minInsync)
                .availabilityZones(zones).build();
        return SizingFixtures.plan(p, Assumptions.builder(SizingFixtures.limits()).build(), Preset.AWS_WORKBOOK);
    }

    @Test
    void rf_3_on_2_azs_takes_4_brokers_named_as_the_replication_limit() {
        // ceil(3 / 2) x 2 = 4 brokers, so each partition's 3 replicas sit on 3 different brokers
        SizedOption m7g = SizingFixtures.option(plan(3, 2, 2), "kafka.m7g.large");
        assertThat(m7g.brokers()).isEqualTo(4);
        assertThat(m7g.bottleneck()).isEqualTo(ConstraintName.REPLICATION);
        assertThat(m7g.constraint(ConstraintName.REPLICATION).orElseThrow().brokersNeeded()).isEqualTo(4);
    }

    @Test
    void rf_4_on_3_azs_takes_6_brokers() {
        // ceil(4 / 3) x 3 = 6
        assertThat(SizingFixtures.option(plan(4, 2, 3), "kafka.m5.large").brokers()).isEqualTo(6);
    }

    @Test
    void rf_3_on_3_azs_is_not_raised_and_the_load_stays_the_bottleneck() {
        SizedOption m7g = SizingFixtures.option(plan(3, 2, 3), "kafka.m7g.large");
        assertThat(m7g.brokers()).isEqualTo(3);
        assertThat(m7g.bottleneck()).isNotEqualTo(ConstraintName.REPLICATION);
    }
}
