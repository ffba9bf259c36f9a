package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkloadProfileTest {
    private static WorkloadProfileBuilder valid() {
        return WorkloadProfile.builder().avgIngressMBps(100.0).peakIngressMBps(500.0).consumerGroups(2)
                .retentionHours(720.0).localRetentionHours(24.0);
    }

    @Test
    void egress_defaults_to_ingress_times_consumer_groups() {
        WorkloadProfile p = valid().build();
        // 100 x 2 = 200 average, 500 x 2 = 1000 peak
        assertThat(p.avgEgressMBps()).isCloseTo(200, within(1e-9));
        assertThat(p.peakEgressMBps()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void without_consumer_groups_egress_equals_ingress() {
        WorkloadProfile p = WorkloadProfile.builder().avgIngressMBps(100.0).peakIngressMBps(500.0).build();
        assertThat(p.avgEgressMBps()).isCloseTo(100, within(1e-9));
        assertThat(p.peakEgressMBps()).isCloseTo(500, within(1e-9));
    }

    @Test
    void explicit_egress_wins_over_consumer_groups() {
        WorkloadProfile p = valid().avgEgressMBps(150.0).peakEgressMBps(700.0).build();
        assertThat(p.avgEgressMBps()).isCloseTo(150, within(1e-9));
        assertThat(p.peakEgressMBps()).isCloseTo(700, within(1e-9));
    }

    @Test
    void a_missing_peak_egress_follows_the_ingress_peak_to_average_ratio() {
        // ingress peaks at 5 x average: 150 x 5 = 750
        assertThat(valid().avgEgressMBps(150.0).build().peakEgressMBps()).isCloseTo(750, within(1e-9));
    }

    @Test
    void peak_ingress_defaults_to_average_ingress() {
        assertThat(WorkloadProfile.builder().avgIngressMBps(42.0).build().peakIngressMBps()).isCloseTo(42, within(1e-9));
    }

    @Test
    void messages_per_second_times_average_bytes_gives_ingress_in_mb_per_s() {
        // 50,000 msg/s x 2,000 B = 100,000,000 B/s = 100 MB/s
        WorkloadProfile p = WorkloadProfile.builder().messagesPerSecond(50_000.0).avgMessageBytes(2_000.0).build();
        assertThat(p.avgIngressMBps()).isCloseTo(100, within(1e-9));
    }

    @Test
    void cluster_settings_default_to_rf_3_min_isr_2_three_azs_a_week_of_retention_and_rack_aware_consumers() {
        WorkloadProfile p = WorkloadProfile.builder().avgIngressMBps(1.0).build();
        assertThat(p.replicationFactor()).isEqualTo(3);
        assertThat(p.minInsyncReplicas()).isEqualTo(2);
        assertThat(p.availabilityZones()).isEqualTo(3);
        assertThat(p.retentionHours()).isEqualTo(168);
        assertThat(p.localRetentionHours()).isEqualTo(168);
        assertThat(p.tieredStorage()).isFalse();
        assertThat(p.rackAwareConsumers()).isTrue();
    }

    @Test
    void the_default_min_isr_never_exceeds_a_smaller_replication_factor() {
        assertThat(WorkloadProfile.builder().avgIngressMBps(1.0).replicationFactor(1).build().minInsyncReplicas()).isEqualTo(1);
    }

    @Test
    void local_retention_below_retention_turns_tiered_storage_on() {
        assertThat(valid().build().tieredStorage()).isTrue();
    }

    @Test
    void scaling_keeps_the_peak_ratio_fan_out_and_partitions() {
        WorkloadProfile p = valid().partitions(48).build().scaledTo(10.0);
        // factor 10 / 100 = 0.1: peak 50, egress 20 / 100
        assertThat(p.peakIngressMBps()).isCloseTo(50, within(1e-9));
        assertThat(p.avgEgressMBps()).isCloseTo(20, within(1e-9));
        assertThat(p.peakEgressMBps()).isCloseTo(100, within(1e-9));
        assertThat(p.partitions()).hasValue(48);
    }

    @Test
    void scaling_a_steady_profile_keeps_peak_equal_to_average_despite_rounding() {
        // 2.982616... x (0.0308... / 2.982616...) rounds one ulp below 0.0308... in binary: the peak must not drop below
        double avg = 10 * 1_073_741_824d / 3600 / 1e6;
        WorkloadProfile p = WorkloadProfile.builder().avgIngressMBps(avg).build().scaledTo(0.030802698707024675);

        assertThat(p.peakIngressMBps()).isEqualTo(p.avgIngressMBps());
        assertThat(p.peakEgressMBps()).isEqualTo(p.avgEgressMBps());
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                bad("peak ingress below average", b -> b.peakIngressMBps(50.0), "peakIngressMBps"),
                bad("peak egress below average", b -> b.avgEgressMBps(300.0).peakEgressMBps(200.0), "peakEgressMBps"),
                bad("local retention above retention", b -> b.localRetentionHours(800.0), "localRetentionHours"),
                bad("min ISR above RF", b -> b.replicationFactor(2).minInsyncReplicas(3), "minInsyncReplicas"),
                bad("zero ingress", b -> b.avgIngressMBps(0.0), "avgIngressMBps"),
                bad("negative ingress", b -> b.avgIngressMBps(-5.0), "avgIngressMBps"),
                bad("NaN ingress", b -> b.avgIngressMBps(Double.NaN), "avgIngressMBps"),
                bad("infinite peak", b -> b.peakIngressMBps(Double.POSITIVE_INFINITY), "peakIngressMBps"),
                bad("NaN peak egress", b -> b.peakEgressMBps(Double.NaN), "peakEgressMBps"),
                bad("zero average egress", b -> b.avgEgressMBps(0.0), "avgEgressMBps"),
                bad("zero consumer groups", b -> b.consumerGroups(0), "consumerGroups"),
                bad("zero partitions", b -> b.partitions(0), "partitions"),
                bad("zero parallelism", b -> b.maxConsumerParallelism(0), "maxConsumerParallelism"),
                bad("zero RF", b -> b.replicationFactor(0), "replicationFactor"),
                bad("zero min ISR", b -> b.minInsyncReplicas(0), "minInsyncReplicas"),
                bad("zero retention", b -> b.retentionHours(0.0), "retentionHours"),
                bad("retention beyond a century", b -> b.retentionHours(1e300), "retentionHours"),
                bad("NaN local retention", b -> b.localRetentionHours(Double.NaN), "localRetentionHours"),
                bad("negative PST", b -> b.provisionedThroughputMiBps(-1.0), "provisionedThroughputMiBps"),
                bad("zero max message", b -> b.maxMessageBytes(0L), "maxMessageBytes"),
                bad("no ingress at all", b -> b.avgIngressMBps(null), "avgIngressMBps"),
                bad("messages without size", b -> b.avgIngressMBps(null).messagesPerSecond(1000.0), "avgMessageBytes"),
                bad("zero messages", b -> b.avgIngressMBps(null).messagesPerSecond(0.0).avgMessageBytes(100.0), "messagesPerSecond"),
                bad("NaN message size", b -> b.avgIngressMBps(null).messagesPerSecond(10.0).avgMessageBytes(Double.NaN), "avgMessageBytes"),
                bad("a message below one byte", b -> b.avgMessageBytes(1e-320), "avgMessageBytes"));
    }

    private static Arguments bad(String why, UnaryOperator<WorkloadProfileBuilder> change, String field) {
        return Arguments.of(why, change, field);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("invalidInputs")
    void bad_input_is_rejected_naming_the_request_field(String why, UnaryOperator<WorkloadProfileBuilder> change,
                                                         String field) {
        assertThatThrownBy(() -> change.apply(valid()).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageStartingWith(field + " = ");
    }

    @Test
    void the_message_of_a_peak_below_average_says_what_is_allowed() {
        assertThatThrownBy(() -> valid().peakIngressMBps(50.0).build())
                .hasMessage("peakIngressMBps = 50 is not allowed: at least avgIngressMBps (100)");
    }
}
