package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/** Monthly bills at us-east-1 prices, for 10 MiB/s (10.48576 MB/s) in, avg = peak, one consumer group, RF 3. */
class OptionCostsTest {
    static WorkloadProfileBuilder tenMiBps() {
        double mb = 10 * 1.048576;
        return WorkloadProfile.builder().avgIngressMBps(mb).peakIngressMBps(mb).consumerGroups(1).retentionHours(24.0);
    }

    static SizedOption option(WorkloadProfileBuilder b, String type) {
        return SizingFixtures.option(SizingFixtures.plan(b.build(), Preset.AWS_WORKBOOK), type);
    }

    static SizedOption option(WorkloadProfileBuilder b, Assumptions a, String type) {
        return SizingFixtures.option(SizingFixtures.plan(b.build(), a, Preset.AWS_WORKBOOK), type);
    }

    static BigDecimal line(SizedOption o, String item) {
        return o.cost().lineItems().stream().filter(l -> l.item().equals(item)).map(LineItem::monthlyUsd)
                .findFirst().orElseThrow(() -> new AssertionError("no line " + item + " in " + o.cost().lineItems()));
    }

    @Test
    void a_standard_bill_has_broker_hours_ebs_storage_and_cross_az_transfer() {
        SizedOption o = option(tenMiBps(), "kafka.m5.large");
        // 10 / 6.2308 = 1.6 -> 3 brokers
        assertThat(o.brokers()).isEqualTo(3);
        // 3 x 730 h x $0.21 = $459.90
        assertThat(line(o, "Broker-hours kafka.m5.large")).isEqualByComparingTo("459.90");
        // 10 MiB/s x 24 h x 3600 x 3 / 1024 x 2 = 5,062.5 GiB / 3 = 1,687.5 -> 1,688 GiB volumes (MSK provisions
        // whole GiB): 3 x 1,688 = 5,064 GiB x $0.10 = $506.40
        assertThat(o.storageGiBPerBroker()).isEqualTo(1688);
        assertThat(line(o, "Broker storage (EBS)")).isEqualByComparingTo("506.40");
        // 10 x 2/3 x 3600 x 730 / 1024 = 17,109.375 GB, x 2 directions x $0.01 = $342.1875
        assertThat(line(o, "Cross-AZ data transfer (out + in)")).isEqualByComparingTo("342.1875");
        // 459.90 + 506.40 + 342.1875 = 1,308.4875 -> $1,308.49
        assertThat(Money.cents(o.monthlyUsd())).isEqualByComparingTo("1308.49");
        assertThat(o.cost().lineItems()).hasSize(3);
    }

    @Test
    void consumers_that_are_not_rack_aware_double_the_cross_az_traffic_at_fan_out_one() {
        // (10 + 10) x 2/3 x 3600 x 730 / 1024 = 34,218.75 GB x 2 x $0.01 = $684.375
        SizedOption o = option(tenMiBps().rackAwareConsumers(false), "kafka.m5.large");
        assertThat(line(o, "Cross-AZ data transfer (out + in)")).isEqualByComparingTo("684.375");
    }

    @Test
    void two_azs_send_half_the_traffic_across() {
        // 10 x 1/2 x 3600 x 730 / 1024 = 12,832.03125 GB x 2 x $0.01 = $256.640625
        SizedOption o = option(tenMiBps().availabilityZones(2), "kafka.m5.large");
        assertThat(line(o, "Cross-AZ data transfer (out + in)")).isEqualByComparingTo("256.640625");
    }

    @Test
    void tiered_storage_is_billed_once_at_the_price_list_rate() {
        // 10 x (168 - 24) x 3600 / 1024 = 5,062.5 GB x $0.06 = $303.75
        SizedOption o = option(tenMiBps().retentionHours(168.0).localRetentionHours(24.0), "kafka.m5.large");
        assertThat(line(o, "Tiered storage")).isEqualByComparingTo("303.75");
    }

    @Test
    void pst_is_billed_per_broker_per_mib_per_s() {
        // 3 x m5.4xlarge x 300 MiB/s x $0.08 = $72.00
        SizedOption o = option(tenMiBps().provisionedThroughputMiBps(300.0), "kafka.m5.4xlarge");
        assertThat(o.brokers()).isEqualTo(3);
        assertThat(line(o, "Provisioned storage throughput")).isEqualByComparingTo("72.00");
    }

    @Test
    void sizes_without_pst_get_no_pst_line() {
        SizedOption o = option(tenMiBps().provisionedThroughputMiBps(300.0), "kafka.m5.large");
        assertThat(o.cost().lineItems()).noneMatch(l -> l.item().startsWith("Provisioned"));
    }

    @Test
    void a_31_day_month_bills_744_hours() {
        Assumptions a = Assumptions.builder(SizingFixtures.limits()).hoursPerMonth(744.0).build();
        SizedOption o = option(tenMiBps(), a, "kafka.m5.large");
        // 3 x 744 x $0.21 = $468.72
        assertThat(line(o, "Broker-hours kafka.m5.large")).isEqualByComparingTo("468.72");
        // 10 x 2/3 x 3600 x 744 / 1024 = 17,437.5 GB x 2 x $0.01 = $348.75
        assertThat(line(o, "Cross-AZ data transfer (out + in)")).isEqualByComparingTo("348.75");
    }

    @Test
    void an_express_bill_has_broker_hours_storage_data_written_and_cross_az_transfer() {
        SizedOption o = option(tenMiBps(), "express.m7g.large");
        // 10 / 11.71875 -> 3 brokers: 3 x 730 x $0.408 = $893.52
        assertThat(line(o, "Broker-hours express.m7g.large")).isEqualByComparingTo("893.52");
        // 10 x 24 x 3600 / 1024 = 843.75 GB-month x $0.10 = $84.375
        assertThat(line(o, "Express storage")).isEqualByComparingTo("84.375");
        // 10 x 3600 x 730 / 1024 = 25,664.0625 GB x $0.01 = $256.640625
        assertThat(line(o, "Express data written")).isEqualByComparingTo("256.640625");
        assertThat(line(o, "Cross-AZ data transfer (out + in)")).isEqualByComparingTo("342.1875");
        // 893.52 + 84.375 + 256.640625 + 342.1875 = 1,576.723125 -> $1,576.72
        assertThat(Money.cents(o.monthlyUsd())).isEqualByComparingTo("1576.72");
    }

    @Test
    void express_storage_keeps_the_full_retention_one_copy() {
        // 10 x 168 x 3600 / 1024 = 5,906.25 GB x $0.10 = $590.625
        SizedOption o = option(tenMiBps().retentionHours(168.0).localRetentionHours(24.0), "express.m7g.large");
        assertThat(line(o, "Express storage")).isEqualByComparingTo("590.625");
    }
}
