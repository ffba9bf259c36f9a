package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanWarningsTest {
    /** A production-shaped profile that warrants no plan warning: 60 MB/s, 2 groups, 24 partitions, RF 3, 3 AZs. */
    static WorkloadProfileBuilder healthy() {
        return WorkloadProfile.builder().avgIngressMBps(60.0).peakIngressMBps(60.0).consumerGroups(2).partitions(24)
                .retentionHours(24.0);
    }

    static List<String> warnings(WorkloadProfileBuilder b) {
        return SizingFixtures.plan(b.build(), Preset.AWS_WORKBOOK).warnings();
    }

    @Test
    void a_healthy_profile_gets_no_plan_warning() {
        assertThat(warnings(healthy())).isEmpty();
    }

    static Stream<Arguments> risky() {
        return Stream.of(
                risk("2 AZs", b -> b.availabilityZones(2),
                        "availabilityZones 2: production clusters should span 3 AZs"),
                risk("RF 1", b -> b.replicationFactor(1).minInsyncReplicas(1),
                        "replicationFactor 1 keeps a single copy"),
                risk("RF 2", b -> b.replicationFactor(2).minInsyncReplicas(1),
                        "replicationFactor 2 may lose data when a broker fails"),
                risk("min ISR = RF", b -> b.minInsyncReplicas(3),
                        "minInsyncReplicas 3 equals replicationFactor: one broker failure blocks writes with acks=all"),
                risk("messages above 1 MB", b -> b.maxMessageBytes(2_000_000L),
                        "Messages of 2000000 bytes exceed Kafka's default limit of 1048588 bytes (about 1 MB): raise message.max.bytes"),
                risk("average message above 1 MB", b -> b.avgMessageBytes(1_500_000.0),
                        "Messages of 1500000 bytes exceed Kafka's default limit"),
                risk("tiered with less than 3 days", b -> b.retentionHours(48.0).localRetentionHours(24.0),
                        "Tiered storage needs a retention of at least 72 hours"),
                risk("settings Express cannot have", b -> b.replicationFactor(2).minInsyncReplicas(1),
                        "Express brokers always run replication factor 3, min.insync.replicas 2 over 3 AZs"),
                risk("partitions that do not spread evenly", b -> b.partitions(25),
                        "Recommended 6 x express.m7g.large: 25 partitions do not spread evenly over 6 brokers"),
                risk("partitions above the per-broker limit", b -> b.partitions(3000),
                        "the partition count sets its size: 9000 partition replicas at 1000 per broker"),
                risk("messages that contradict the rate", b -> b.messagesPerSecond(1000.0).avgMessageBytes(1000.0),
                        "messagesPerSecond x avgMessageBytes is 1.000 MB/s but avgIngressMBps is 60"),
                risk("a class that does not fit the quota", b -> b.avgIngressMBps(5000.0).peakIngressMBps(5000.0),
                        "No m5 size fits within the broker quota of 60 brokers"));
    }

    private static Arguments risk(String why, UnaryOperator<WorkloadProfileBuilder> change, String warning) {
        return Arguments.of(why, change, warning);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("risky")
    void risky_profiles_are_warned_about(String why, UnaryOperator<WorkloadProfileBuilder> change, String warning) {
        assertThat(warnings(change.apply(healthy()))).anySatisfy(w -> assertThat(w).contains(warning));
    }

    @Test
    void warnings_never_stop_the_plan() {
        Plan plan = SizingFixtures.plan(healthy().replicationFactor(1).minInsyncReplicas(1).availabilityZones(2).build(),
                Preset.AWS_WORKBOOK);
        assertThat(plan.options()).hasSize(23);
        assertThat(plan.recommended().overall()).isPresent();
    }
}
