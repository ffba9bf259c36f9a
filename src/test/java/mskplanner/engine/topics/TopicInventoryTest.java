package mskplanner.engine.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The inventory's sums. Rates are whole MiB/s written in MB/s (1 MiB/s = 1.048576 MB/s), so one MiB/s kept an hour
 * is 3600 / 1024 = 3.515625 GiB.
 */
class TopicInventoryTest {
    static final double MIB = 1.048576;

    /** 10 MiB/s, 7 days all on brokers, two groups: 10 x 3.515625 x 168 = 5,906.25 GiB a copy. */
    static Topic orders() {
        return new Topic("orders", 12, 3, 168, 168, 10 * MIB, 20 * MIB, 2, CleanupPolicy.DELETE, OptionalDouble.empty(),
                OptionalDouble.of(1000));
    }

    /** 4 MiB/s, 72 h of which 48 h local: 4 x 3.515625 x 48 = 675 GiB a copy, 24 h = 337.5 GiB tiered. */
    static Topic clicks() {
        return new Topic("clicks", 24, 3, 72, 48, 4 * MIB, 12 * MIB, 1, CleanupPolicy.DELETE, OptionalDouble.empty(),
                OptionalDouble.of(3000));
    }

    /** Compacted to 50 GiB, three groups. */
    static Topic users() {
        return new Topic("users", 3, 3, 168, 168, MIB, 2 * MIB, 3, CleanupPolicy.COMPACT, OptionalDouble.of(50),
                OptionalDouble.empty());
    }

    static TopicInventory three() {
        return new TopicInventory(List.of(orders(), clicks(), users()));
    }

    @Test
    void traffic_is_the_sum_of_the_topics_and_egress_counts_each_topics_groups() {
        TopicInventory inventory = three();
        // 10 + 4 + 1 = 15 MiB/s; peaks 20 + 12 + 2 = 34 MiB/s
        assertThat(inventory.avgIngressMBps()).isCloseTo(15 * MIB, within(1e-9));
        assertThat(inventory.peakIngressMBps()).isCloseTo(34 * MIB, within(1e-9));
        // 10 x 2 + 4 x 1 + 1 x 3 = 27 MiB/s; peak 20 x 2 + 12 + 2 x 3 = 58 MiB/s
        assertThat(inventory.avgEgressMBps()).isCloseTo(27 * MIB, within(1e-9));
        assertThat(inventory.peakEgressMBps()).isCloseTo(58 * MIB, within(1e-9));
        // 12 + 24 + 3
        assertThat(inventory.partitions()).isEqualTo(39);
    }

    @Test
    void storage_is_each_topics_local_copy_times_its_rf_and_headroom_and_its_tiered_copy() {
        // orders 5,906.25 x 3 x 2 = 35,437.5; clicks 675 x 3 x 2 = 4,050; users 50 x 3 x 2 = 300 -> 39,787.5 GiB
        assertThat(three().ebsGiB(2)).isCloseTo(39_787.5, within(1e-6));
        // only clicks tiers: 337.5 GiB, one copy
        assertThat(three().tieredGiB()).isCloseTo(337.5, within(1e-6));
        assertThat(users().tieredGiB()).isZero();
    }

    @Test
    void the_retentions_it_reports_give_the_same_storage_at_the_summed_ingress() {
        TopicInventory inventory = three();
        // local: (5,906.25 + 675 + 50) x 3 / (3 x 15 x 3.515625) = 6,631.25 / 52.734375 = 125.748... h
        assertThat(inventory.localRetentionHours()).isCloseTo(6_631.25 / 52.734375, within(1e-9));
        // plus 337.5 / 52.734375 = 6.4 h of tiered data
        assertThat(inventory.retentionHours() - inventory.localRetentionHours()).isCloseTo(6.4, within(1e-9));
    }

    @Test
    void the_message_size_is_the_ingress_weighted_average_of_the_topics_that_give_one() {
        // (10 x 1000 + 4 x 3000) / 14 = 1,571.43 bytes
        assertThat(three().avgMessageBytes().getAsDouble()).isCloseTo(22_000.0 / 14, within(1e-9));
    }

    @Test
    void a_bad_field_is_named_by_its_topic() {
        assertThatThrownBy(() -> new Topic("orders", 12, 3, -1, 24, 1, 1, 1, CleanupPolicy.DELETE,
                OptionalDouble.empty(), OptionalDouble.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("topics[orders].retentionHours = -1 is not allowed: a number > 0 and <= 876000");
    }

    @Test
    void a_compacted_topic_needs_its_compacted_size() {
        assertThatThrownBy(() -> new Topic("users", 3, 3, 168, 168, 1, 1, 1, CleanupPolicy.COMPACT,
                OptionalDouble.empty(), OptionalDouble.empty()))
                .hasMessage("topics[users].compactedSizeGiB = null is not allowed: required for a compacted topic:"
                        + " its size after compaction, one copy, GiB");
    }

    @Test
    void a_topic_listed_twice_is_refused_by_name() {
        assertThatThrownBy(() -> new TopicInventory(List.of(orders(), orders())))
                .hasMessage("topics[orders].name = orders is not allowed: a name given once (this topic is listed twice)");
    }

    @Test
    void a_name_kafka_would_refuse_is_refused_by_its_position() {
        assertThatThrownBy(() -> Topic.checkName(2, "orders; rm -rf /"))
                .hasMessage("topics[2].name = orders; rm -rf / is not allowed: a Kafka topic name: 1 to 249 letters,"
                        + " digits, '.', '_' or '-'");
    }
}
