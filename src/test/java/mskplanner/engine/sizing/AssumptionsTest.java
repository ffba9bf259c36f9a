package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

class AssumptionsTest {
    private final Assumptions defaults = SizingFixtures.defaults();

    @Test
    void the_storage_io_factor_is_6_5_and_8_0_with_tiered_storage() {
        // 1.5 ingress + 1.5 replication-in + 0.5 lagging + 3.0 rebalancing (+ 1.5 tiered)
        assertThat(defaults.storageIoFactor().total(false)).isEqualTo(6.5);
        assertThat(defaults.storageIoFactor().total(true)).isEqualTo(8.0);
    }

    @Test
    void the_network_base_is_exactly_the_double_5_7_and_7_2_with_tiered_storage() {
        // 2.2 + 0.5 + 3.0 summed in decimal, so the factor is the literal AWS's script uses
        assertThat(defaults.networkFactor().base(false)).isEqualTo(5.7);
        assertThat(defaults.networkFactor().base(true)).isEqualTo(7.2);
    }

    @Test
    void the_defaults_are_the_documented_ones() {
        assertThat(defaults.writeMBpsPerPartition()).isEqualTo(12);
        assertThat(defaults.readMBpsPerPartition()).isEqualTo(50);
        assertThat(defaults.utilizationStandard()).isEqualTo(0.5);
        assertThat(defaults.utilizationExpress()).isEqualTo(0.75);
        assertThat(defaults.diskHeadroom()).isEqualTo(2.0);
        assertThat(defaults.sustainedTarget()).isEqualTo(0.8);
        assertThat(defaults.hoursPerMonth()).isEqualTo(730);
        assertThat(defaults.useMaxPartitions()).isFalse();
    }

    @Test
    void limits_come_from_the_pricing_data() {
        assertThat(defaults.expressEgressRatio()).isEqualTo(2.5);
        assertThat(defaults.defaultVolumeThroughputMiBps()).isEqualTo(250);
        assertThat(defaults.maxStorageGiBPerBroker()).isEqualTo(16384);
        assertThat(defaults.brokerQuota()).isEqualTo(60);
    }

    @Test
    void a_null_override_keeps_the_default() {
        assertThat(Assumptions.builder(SizingFixtures.limits()).utilizationStandard(null).brokerQuota(null).build())
                .isEqualTo(defaults);
    }
}
