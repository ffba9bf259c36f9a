package mskplanner.engine.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.alternatives.ClientAuthentication;
import mskplanner.engine.alternatives.OpsAssumption;
import mskplanner.engine.alternatives.Violation;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import mskplanner.engine.price.Price;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.WorkloadProfile;
import mskplanner.engine.sizing.WorkloadProfileBuilder;
import mskplanner.testing.Fixtures;
import mskplanner.testing.SizingFixtures;
import org.junit.jupiter.api.Test;

/** The decision matrix on the real planner and the bundled us-east-1 prices (730 h). */
class DecisionMatrixTest {
    private final DecisionMatrix matrix = new DecisionMatrix(SizingFixtures.planner());

    /** 10 MB/s steady, one consumer group, 24 h retention: the formula gives 1 partition, the picks are 3 x large. */
    static WorkloadProfileBuilder tenMBps() {
        return WorkloadProfile.builder().avgIngressMBps(10.0).retentionHours(24.0);
    }

    private Matrix compare(WorkloadProfileBuilder profile, MatrixInput m) {
        return compare(profile, m, Fixtures.usEast1());
    }

    private Matrix compare(WorkloadProfileBuilder profile, MatrixInput m, PriceSheet prices) {
        PlanInput in = new PlanInput(profile.build(), SizingFixtures.defaults(), Preset.AWS_WORKBOOK);
        Plan plan = SizingFixtures.planner().plan(in, prices);
        return matrix.compare(in, plan, m, prices);
    }

    private Matrix noSweep(WorkloadProfileBuilder profile) {
        return compare(profile, MatrixInput.defaults().withBreakEven(false));
    }

    private static BigDecimal line(CostBreakdown bill, String prefix) {
        return Money.cents(bill.lineItems().stream().filter(l -> l.item().startsWith(prefix)).findFirst()
                .map(LineItem::monthlyUsd).orElseThrow(() -> new AssertionError("no line " + prefix + " in " + bill)));
    }

    @Test
    void serverless_is_priced_line_by_line() {
        CostBreakdown bill = noSweep(tenMBps()).serverless().cost().orElseThrow();

        // cluster 730 h x $0.75 = $547.50; partitions 3 (one per AZ) x 730 h x $0.0015 = $3.285
        assertThat(line(bill, "Serverless cluster-hours")).isEqualByComparingTo("547.50");
        assertThat(line(bill, "Serverless partition-hours")).isEqualByComparingTo("3.29");
        // 10 MB/s x 730 h x 3600 s = 2.628e13 B / 2^30 = 24,475.157 GB: in x $0.10 = $2,447.5157, out x $0.05 = $1,223.7579
        assertThat(line(bill, "Serverless data in")).isEqualByComparingTo("2447.52");
        assertThat(line(bill, "Serverless data out")).isEqualByComparingTo("1223.76");
        // 10 MB/s x 24 h x 3600 s = 8.64e11 B / 2^30 = 804.663 GB-month x $0.10 = $80.4663
        assertThat(line(bill, "Serverless storage")).isEqualByComparingTo("80.47");
        // 547.50 + 3.285 + 2,447.51573 + 1,223.75786 + 80.46627 = 4,302.52486
        assertThat(Money.cents(bill.monthlyUsd())).isEqualByComparingTo("4302.52");
    }

    @Test
    void formula_partitions_are_raised_to_serverless_per_partition_quotas() {
        Matrix.ServerlessVerdict s = noSweep(tenMBps().peakIngressMBps(20.0)).serverless();

        // the formula: max(ceil(20 / 12), ceil(20 / 50), 1, 3 AZs) = 3; Serverless: ceil(20 MB/s / 5 MB/s) = 4
        assertThat(s.partitions()).isEqualTo(4);
        assertThat(s.fits()).isTrue();
        assertThat(s.notes()).contains("priced with 4 partitions: the plan's 3 raised so that no partition exceeds"
                + " Serverless's per-partition quotas (5 MB/s in, 10 MB/s out)");
    }

    @Test
    void partitions_the_user_gave_are_held_and_a_hot_partition_is_named() {
        Matrix m = noSweep(tenMBps().partitions(1));

        assertThat(m.serverless().partitions()).isEqualTo(1);
        assertThat(m.serverless().violations()).extracting(Violation::id, Violation::workloadValue, Violation::limit)
                .containsExactly(tuple("serverless.partition-ingress", "10 MB/s", "5 MB/s"));
        assertThat(m.ranking()).noneMatch(c -> c.deployment() == Contender.SERVERLESS);
    }

    @Test
    void clients_without_iam_do_not_fit_serverless_but_still_see_its_cost() {
        Matrix m = compare(tenMBps(), new MatrixInput(0, Optional.empty(), 0, ClientAuthentication.TLS,
                Optional.empty(), false));

        assertThat(m.serverless().fits()).isFalse();
        assertThat(m.serverless().violations()).extracting(Violation::id).containsExactly("serverless.authentication");
        assertThat(m.serverless().cost()).isPresent();
        assertThat(m.ranking()).noneMatch(c -> c.deployment() == Contender.SERVERLESS);
    }

    @Test
    void more_compacted_partitions_than_serverless_allows_is_a_violation() {
        Matrix m = compare(tenMBps().partitions(200), new MatrixInput(0, Optional.empty(), 121,
                ClientAuthentication.IAM, Optional.empty(), false));

        assertThat(m.serverless().violations()).extracting(Violation::id, Violation::workloadValue, Violation::limit)
                .containsExactly(tuple("serverless.compacted-partitions", "121 partitions", "120 partitions"));
    }

    @Test
    void more_compacted_partitions_than_the_plan_has_is_rejected() {
        assertThatThrownBy(() -> compare(tenMBps(), new MatrixInput(0, Optional.empty(), 4,
                ClientAuthentication.IAM, Optional.empty(), false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("compactedPartitions = 4 is not allowed: at most the plan's leader partitions (3)");
    }

    @Test
    void the_seed_guides_older_serverless_limits_are_history() {
        assertThat(noSweep(tenMBps()).serverless().history()).extracting(h -> h.olderLimit())
                .contains("120 partitions", "24 hours");
    }

    @Test
    void self_managed_ec2_copies_the_standard_pick_and_pays_for_cross_az_replication() {
        CostBreakdown onDemand = noSweep(tenMBps()).selfManagedEc2().estimate().orElseThrow().onDemand();

        // the Standard pick is 3 x kafka.m7g.large: 3 x 730 h x $0.0816 = $178.704
        assertThat(line(onDemand, "EC2 instance-hours m7g.large")).isEqualByComparingTo("178.70");
        // the pick's EBS: 9.5367 MiB/s x 24 h x 3600 x 3 / 1024 x 2 = 4,827.976 GiB / 3 = 1,609.325 -> 1,610 GiB
        // volumes; 3 x 1,610 = 4,830 GiB x $0.08 = $386.40
        assertThat(line(onDemand, "EBS gp3 storage")).isEqualByComparingTo("386.40");
        // 24,475.157 GB x 2 followers x 2 sides x $0.01 = $979.006; producers x 2/3 x 2 x $0.01 = $326.335
        assertThat(line(onDemand, "Cross-AZ replication")).isEqualByComparingTo("979.01");
        assertThat(line(onDemand, "Cross-AZ producer")).isEqualByComparingTo("326.34");
        // 178.704 + 386.40 + 979.00629 + 326.33543 = 1,870.44572
        assertThat(Money.cents(onDemand.monthlyUsd())).isEqualByComparingTo("1870.45");
    }

    @Test
    void gp3_throughput_is_the_peak_storage_io_per_broker() {
        var input = noSweep(tenMBps()).selfManagedEc2().input().orElseThrow();

        // 10 MB/s = 9.5367 MiB/s x 6.5 / 3 brokers = 20.663 MiB/s, inside the free 125 MiB/s
        assertThat(input.storageThroughputMiBpsPerBroker()).isCloseTo(10 * 0.95367431640625 * 6.5 / 3, within(1e-9));
        assertThat(input.brokers()).isEqualTo(3);
        assertThat(input.ec2Type()).isEqualTo("m7g.large");
    }

    @Test
    void with_tiered_storage_ec2_keeps_the_whole_retention_on_gp3() {
        Matrix m = noSweep(tenMBps().retentionHours(720.0).localRetentionHours(24.0));

        // 24 h hot on MSK is 4,827.976 / 3 = 1,609.325 -> a 1,610 GiB volume per broker; 720 h on gp3 is 30 times that
        assertThat(m.selfManagedEc2().input().orElseThrow().storageGiBPerBroker()).isCloseTo(1610 * 30, within(1e-6));
        assertThat(m.selfManagedEc2().notes()).contains("gp3 holds the whole retention (720 h): tiered storage is not"
                + " modelled on EC2");
    }

    @Test
    void the_ops_assumption_is_a_line_of_the_ec2_bill() {
        Matrix m = compare(tenMBps(), new MatrixInput(0, Optional.of(new OpsAssumption(10, new BigDecimal("100"))), 0,
                ClientAuthentication.IAM, Optional.empty(), false));

        // 1,870.44572 + 10 h x $100 = 2,870.44572
        assertThat(Money.cents(m.selfManagedEc2().estimate().orElseThrow().onDemand().monthlyUsd()))
                .isEqualByComparingTo("2870.45");
    }

    @Test
    void kinesis_shards_and_provisioned_bill_follow_the_default_record_size() {
        Matrix.KinesisVerdict k = noSweep(tenMBps()).kinesis();

        // 10 MB/s / 1 MB/s = 10 shards; 10^7 B/s / 1,000 B = 10,000 records/s / 1,000 = 10; reads 10 / 2 = 5
        assertThat(k.shards().shards()).isEqualTo(10);
        assertThat(k.shards().bottleneck()).isEqualTo("ingress bytes");
        // 10 x 730 h x $0.015 = $109.50; 10,000 rec/s x 2,628,000 s = 26,280 M units x $0.014 = $367.92 -> $477.42
        assertThat(Money.cents(k.estimate().orElseThrow().provisioned().monthlyUsd())).isEqualByComparingTo("477.42");
        assertThat(k.notes()).anyMatch(n -> n.startsWith("records taken as 1000 bytes each"));
    }

    @Test
    void the_ranking_is_cheapest_first_at_list_prices() {
        Matrix m = noSweep(tenMBps());

        assertThat(m.ranking()).extracting(Matrix.Candidate::monthlyUsd).isSortedAccordingTo(BigDecimal::compareTo);
        // Kinesis provisioned $477.42 < MSK Standard 3 x m7g.large $1,256.10 < ...
        assertThat(m.cheapest().orElseThrow().deployment()).isEqualTo(Contender.KINESIS);
        assertThat(m.ranking()).extracting(c -> c.deployment().id()).contains("standard", "express", "serverless",
                "selfManagedEc2", "kinesis");
    }

    @Test
    void an_msk_discount_spares_cross_az_transfer_and_is_labelled_an_assumption() {
        Matrix m = compare(tenMBps(), new MatrixInput(10, Optional.empty(), 0, ClientAuthentication.IAM,
                Optional.empty(), false));
        Matrix.DiscountView d = m.mskDiscount().orElseThrow();

        assertThat(d.label()).isEqualTo("assumption: private discount, not an AWS price");
        // m7g.large pick: broker-hours 446.76 + EBS 3 x 1,610 GiB x $0.10 = 483.00 + cross-AZ 326.33543 = 1,256.09543;
        // 10% off the MSK lines: 1,256.09543 - 0.1 x 929.76 = 1,163.11943
        Matrix.Candidate standard = m.ranking().stream().filter(c -> c.deployment() == Contender.STANDARD).findFirst()
                .orElseThrow();
        assertThat(Money.cents(standard.monthlyUsd())).isEqualByComparingTo("1256.10");
        assertThat(Money.cents(standard.discountedMonthlyUsd().orElseThrow())).isEqualByComparingTo("1163.12");
        // Serverless is all MSK lines: 4,302.52486 x 0.9 = 3,872.27237
        assertThat(Money.cents(d.serverlessMonthlyUsd().orElseThrow())).isEqualByComparingTo("3872.27");
    }

    @Test
    void a_large_discount_changes_the_cheapest_under_the_assumption_not_the_list_price_ranking() {
        Matrix m = compare(tenMBps(), new MatrixInput(90, Optional.empty(), 0, ClientAuthentication.IAM,
                Optional.empty(), false));

        // 90% off: 1,256.09543 - 0.9 x 929.76 = 419.31143 < Kinesis $477.42
        assertThat(m.cheapest().orElseThrow().deployment()).isEqualTo(Contender.KINESIS);
        Matrix.Candidate discounted = m.mskDiscount().orElseThrow().cheapest().orElseThrow();
        assertThat(discounted.deployment()).isEqualTo(Contender.STANDARD);
        assertThat(Money.cents(discounted.effectiveMonthlyUsd())).isEqualByComparingTo("419.31");
    }

    @Test
    void no_discount_means_no_discounted_figures() {
        Matrix m = noSweep(tenMBps());

        assertThat(m.mskDiscount()).isEmpty();
        assertThat(m.ranking()).allMatch(c -> c.discountedMonthlyUsd().isEmpty());
    }

    @Test
    void connect_workers_are_priced_in_mcu_hours() {
        Matrix m = compare(tenMBps(), new MatrixInput(0, Optional.empty(), 0, ClientAuthentication.IAM,
                Optional.of(new ConnectWorkers(2, 2)), false));

        // 2 workers x 2 MCU x 730 h x $0.11 = $321.20
        assertThat(Money.cents(m.connect().orElseThrow().cost().orElseThrow().monthlyUsd())).isEqualByComparingTo("321.20");
    }

    @Test
    void the_sweep_can_be_skipped() {
        assertThat(noSweep(tenMBps()).breakEven()).isEmpty();
    }

    @Test
    void the_sweep_runs_to_twice_the_serverless_ceiling() {
        Matrix.BreakEvenOutcome b = compare(tenMBps(), MatrixInput.defaults()).breakEven().orElseThrow();

        // steady traffic reaches the 200 MB/s ingress quota at 200 MB/s = 7.2e11 B / 2^30 = 670.552 GB/hour
        assertThat(b.result().grid().maxGBPerHour()).isCloseTo(2 * 670.5522537231445, within(1e-9));
        // 10 MB/s = 3.6e10 B / 2^30 = 33.528 GB/hour
        assertThat(b.workloadGBPerHour()).isCloseTo(33.52761268615723, within(1e-9));
        assertThat(b.result().curves()).extracting(c -> c.deployment())
                .containsExactly("standard", "express", "serverless", "selfManagedEc2", "kinesis");
    }

    @Test
    void a_region_without_alternative_prices_gets_verdicts_with_notes_not_a_failure() {
        PriceSheet mskOnly = withoutItems(Fixtures.usEast1(), "ec2-", "ebs-", "kinesis-", "serverless-", "connect-");

        Matrix m = compare(tenMBps(), MatrixInput.defaults(), mskOnly);

        assertThat(m.serverless().cost()).isEmpty();
        assertThat(m.serverless().notes()).contains("not priced in us-east-1: serverless-cluster-hour");
        assertThat(m.selfManagedEc2().estimate()).isEmpty();
        assertThat(m.selfManagedEc2().notes()).contains("not priced in us-east-1: ec2-hour:m7g.large");
        assertThat(m.kinesis().estimate()).isEmpty();
        assertThat(m.kinesis().notes()).contains("not priced in us-east-1: kinesis-shard-hour");
        assertThat(m.ranking()).extracting(Matrix.Candidate::deployment).containsOnly(Contender.STANDARD, Contender.EXPRESS);
        assertThat(m.breakEven().orElseThrow().result().curves()).extracting(c -> c.deployment())
                .containsExactly("standard", "express");
        assertThat(m.breakEven().orElseThrow().notes()).contains("MSK Serverless is not swept: not priced in us-east-1");
    }

    @Test
    void the_discount_must_be_a_percentage() {
        assertThatThrownBy(() -> new MatrixInput(101, Optional.empty(), 0, ClientAuthentication.IAM, Optional.empty(), true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("mskDiscountPercent = 101 is not allowed: a percentage from 0 to 100");
    }

    static PriceSheet withoutItems(PriceSheet sheet, String... prefixes) {
        Map<String, Price> kept = new LinkedHashMap<>(sheet.prices());
        kept.keySet().removeIf(item -> Arrays.stream(prefixes).anyMatch(item::startsWith));
        return new PriceSheet(sheet.region(), sheet.regionName(), sheet.currency(), sheet.source(), kept);
    }
}
