package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.testing.AlternativesFixtures;
import org.junit.jupiter.api.Test;

class KinesisCostTest {
    private final KinesisCost kinesis = new KinesisCost(AlternativesFixtures.usEast1(), AlternativesFixtures.limits(),
            AlternativesFixtures.HOURS_PER_MONTH);

    private static KinesisWorkload steady(double mbps, double recordBytes, int groups, double retentionHours) {
        return new KinesisWorkload(Traffic.steady(mbps, groups), recordBytes, (long) Math.ceil(recordBytes), groups,
                retentionHours);
    }

    private static BigDecimal line(CostBreakdown bill, String prefix) {
        return Money.cents(bill.lineItems().stream().filter(l -> l.item().startsWith(prefix)).findFirst()
                .map(LineItem::monthlyUsd).orElseThrow(() -> new AssertionError("no line " + prefix + " in " + bill)));
    }

    private static BigDecimal total(CostBreakdown bill) {
        return Money.cents(bill.monthlyUsd());
    }

    @Test
    void one_mbps_of_1000_byte_records_is_the_worked_examples_4774_provisioned() {
        // aws-prices.md: 1 shard x 730 h x $0.015 = $10.95; 1,000 rec/s x 2,628,000 s = 2,628 M units x $0.014 = $36.792
        // -> $47.742
        KinesisEstimate estimate = kinesis.estimate(steady(1, 1000, 0, 24));

        assertThat(line(estimate.provisioned(), "Kinesis shard-hours")).isEqualByComparingTo("10.95");
        assertThat(line(estimate.provisioned(), "Kinesis PUT payload units")).isEqualByComparingTo("36.79");
        assertThat(total(estimate.provisioned())).isEqualByComparingTo("47.74");
    }

    @Test
    void one_mbps_of_1_kib_records_is_the_worked_example_on_demand_before_reads_with_gb_of_2_to_the_30() {
        // aws-prices.md: $29.20 stream-hours + 2,628 GB x $0.08 = $210.24 -> $239.44 with GB = 10^9. 1 KiB records are
        // whole 1,024-byte rounding units: 976.5625 rec/s x 1,024 B x 2,628,000 s = 2.628e12 B / 2^30 = 2,447.5157 GB
        // x $0.08 = $195.80 -> $29.20 + $195.8013 = $225.00
        KinesisEstimate estimate = kinesis.estimate(steady(1, 1024, 0, 24));

        assertThat(line(estimate.onDemand(), "Kinesis on-demand stream-hours")).isEqualByComparingTo("29.20");
        assertThat(line(estimate.onDemand(), "Kinesis on-demand data in")).isEqualByComparingTo("195.80");
        assertThat(total(estimate.onDemand())).isEqualByComparingTo("225.00");
    }

    @Test
    void on_demand_rounds_each_record_up_to_the_rounding_unit() {
        // 1,000-byte records bill as 1,024: 1,000 rec/s x 1,024 B x 2,628,000 s = 2.691072e12 B / 2^30 = 2,506.2561 GB
        // x $0.08 = $200.5005 -> $200.50
        assertThat(line(kinesis.onDemand(steady(1, 1000, 0, 24)), "Kinesis on-demand data in")).isEqualByComparingTo("200.50");
    }

    @Test
    void on_demand_data_out_is_read_per_consumer_group_with_the_same_rounding() {
        // 2 groups: 2 MB/s x 2,628,000 s = 5.256e12 B x 1,024 / 1,000 = 5.382144e12 B / 2^30 = 5,012.5122 GB
        // x $0.04 = $200.5005 -> $200.50
        assertThat(line(kinesis.onDemand(steady(1, 1000, 2, 24)), "Kinesis on-demand data out")).isEqualByComparingTo("200.50");
    }

    @Test
    void a_record_of_30000_bytes_is_two_put_payload_units() {
        // ceil(30,000 / 25,600) = 2 units; 1 MB/s / 30,000 B = 33.33 rec/s x 2,628,000 s x 2 = 175.2 M units x $0.014 = $2.45
        assertThat(line(kinesis.estimate(steady(1, 30_000, 0, 24)).provisioned(), "Kinesis PUT payload units"))
                .isEqualByComparingTo("2.45");
    }

    @Test
    void shards_follow_the_largest_of_bytes_records_and_shared_reads() {
        // bytes: 2.5 MB/s = 2.384 MiB/s / 1 = 3; records: 2.5e6 / 100 B = 25,000 rec/s / 1,000 = 25;
        // reads: 2.384 x 2 groups / 2 = 3
        KinesisShards shards = kinesis.estimate(steady(2.5, 100, 2, 24)).shards();

        assertThat(shards).isEqualTo(new KinesisShards(3, 25, 3, 25));
        assertThat(shards.bottleneck()).isEqualTo("ingress records");
    }

    @Test
    void a_shard_takes_one_mib_per_second_as_the_kinesis_quotas_and_calculator_count_it() {
        // 2.05 MB/s = 2.05 / 1.048576 = 1.955 MiB/s: 2 shards (counted in MB/s it would be 3); one group reads
        // 1.955 / 2 MiB/s = 1 shard; 2.05e6 / 100,000 B = 20.5 rec/s -> 1
        KinesisShards shards = kinesis.estimate(steady(2.05, 100_000, 1, 24)).shards();

        assertThat(shards).isEqualTo(new KinesisShards(2, 1, 1, 2));
    }

    @Test
    void shared_throughput_readers_can_set_the_shard_count() {
        // 1 MB/s read by 5 groups = 4.768 MiB/s / 2 MiB/s per shard = 3 shards (bytes in: 1, records: 1,000 / 1,000 = 1)
        KinesisShards shards = kinesis.estimate(steady(1, 1000, 5, 24)).shards();

        assertThat(shards.shards()).isEqualTo(3);
        assertThat(shards.bottleneck()).isEqualTo("egress");
    }

    @Test
    void retention_beyond_24_hours_adds_extended_retention_in_both_modes() {
        // provisioned: 1 shard x 730 h x $0.02 = $14.60
        // on-demand: 1 MB/s x (72 - 24) h x 3600 s = 172.8e9 B / 2^30 = 160.93 GiB x $0.10 = $16.09
        KinesisEstimate estimate = kinesis.estimate(steady(1, 1000, 0, 72));

        assertThat(line(estimate.provisioned(), "Kinesis extended retention")).isEqualByComparingTo("14.60");
        assertThat(line(estimate.onDemand(), "Kinesis on-demand extended retention")).isEqualByComparingTo("16.09");
    }

    @Test
    void retention_beyond_7_days_adds_long_term_retention() {
        // 1 MB/s x (240 - 168) h x 3600 s = 259.2e9 B / 2^30 = 241.40 GiB x $0.023 = $5.55
        // on-demand extended part: (168 - 24) h -> 518.4e9 B / 2^30 = 482.80 GiB x $0.10 = $48.28
        KinesisEstimate estimate = kinesis.estimate(steady(1, 1000, 0, 240));

        assertThat(line(estimate.provisioned(), "Kinesis long-term retention")).isEqualByComparingTo("5.55");
        assertThat(line(estimate.onDemand(), "Kinesis long-term retention")).isEqualByComparingTo("5.55");
        assertThat(line(estimate.onDemand(), "Kinesis on-demand extended retention")).isEqualByComparingTo("48.28");
    }

    @Test
    void no_retention_line_within_the_included_24_hours() {
        assertThat(kinesis.estimate(steady(1, 1000, 0, 24)).provisioned().lineItems())
                .noneMatch(l -> l.item().contains("retention"));
    }

    @Test
    void a_record_above_1_mib_violates_the_record_limit() {
        KinesisWorkload w = new KinesisWorkload(Traffic.steady(1, 1), 1000, 1_048_577, 1, 24);

        KinesisEstimate estimate = kinesis.estimate(w);

        assertThat(estimate.fits()).isFalse();
        assertThat(estimate.violations()).extracting(Violation::id, Violation::workloadValue, Violation::limit)
                .containsExactly(tuple("kinesis.record-size", "1048577 bytes", "1048576 bytes"));
    }

    @Test
    void more_than_5_consumer_groups_suggests_enhanced_fan_out_without_failing() {
        KinesisEstimate estimate = kinesis.estimate(steady(1, 1000, 6, 24));

        assertThat(estimate.fits()).isTrue();
        assertThat(estimate.notes()).containsExactly("6 consumer groups share each shard's 5 reads/s: use enhanced "
                + "fan-out (up to 20 consumers per stream); its per-consumer charges are not priced here");
    }

    @Test
    void more_than_20_consumer_groups_exceed_enhanced_fan_out() {
        KinesisEstimate estimate = kinesis.estimate(steady(1, 1000, 21, 24));

        assertThat(estimate.violations()).extracting(Violation::id, Violation::workloadValue, Violation::limit)
                .containsExactly(tuple("kinesis.consumers", "21 consumer groups", "20 consumers"));
    }
}
