package mskplanner.engine.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.CostCalculator;
import mskplanner.engine.cost.spec.StandardClusterSpec;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The per-topic split of a bill at us-east-1 prices (EBS $0.10 per GiB-month, tiered $0.06, kafka.m5.large $0.21 an
 * hour), on 3 x kafka.m5.large holding {@link TopicInventoryTest#three()} at headroom 2: EBS 39,787.5 GiB / 3 =
 * 13,262.5 -> 13,263 GiB volumes.
 */
class TopicBillTest {
    private final CostCalculator calc = new CostCalculator(Fixtures.usEast1(), 730);
    private final StandardClusterSpec spec = new StandardClusterSpec("kafka.m5.large", Fixtures.type("kafka.m5.large"),
            3, 13_263, 0, 337.5, 3);
    private final CostBreakdown bill = calc.monthly(spec);
    private final TopicBill split = TopicBill.of(TopicInventoryTest.three(), spec, bill, calc, 2);

    @Test
    void the_storage_lines_are_the_bills() {
        // EBS 3 x 13,263 x $0.10 = $3,978.90; tiered 337.5 x $0.06 = $20.25
        assertThat(split.storageMonthlyUsd()).isEqualByComparingTo("3999.15");
        // + 3 x 730 h x $0.21 = $459.90 -> $4,459.05
        assertThat(split.billMonthlyUsd()).isEqualByComparingTo("4459.05");
    }

    @Test
    void each_topic_gets_its_share_of_the_storage_lines_and_the_shares_add_up_to_the_cent() {
        // EBS 397,890 cents by 35,437.5 : 4,050 : 300 GiB = 354,388.36 : 40,501.53 : 3,000.11 -> floors 354,388 +
        // 40,501 + 3,000 = 397,889; the cent left goes to the largest remainder (clicks, .53).
        // orders $3,543.88; clicks $405.02 + all the tiered $20.25 = $425.27; users $30.00
        assertThat(split.topics()).extracting(TopicCost::monthlyStorageUsd).map(BigDecimal::toPlainString)
                .containsExactly("3543.88", "425.27", "30.00");
        BigDecimal sum = split.topics().stream().map(TopicCost::monthlyStorageUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        // 3,543.88 + 425.27 + 30.00 = 3,999.15 = 3,978.90 + 20.25
        assertThat(sum).isEqualByComparingTo(split.storageMonthlyUsd());
    }

    @Test
    void a_topics_share_of_the_bill_is_its_storage_cost_over_the_whole_bill() {
        // 3,543.88 / 4,459.05 = 0.79476...
        assertThat(split.topics().get(0).billShare()).isBetween(0.79476, 0.79477);
    }

    @Test
    void advice_lists_the_biggest_saving_first_with_the_command_that_sets_it() {
        // orders 168 -> 24 h local: 10 x 3.515625 x 144 = 5,062.5 GiB a copy leaves EBS (x 3 x 2 = 30,375 GiB x $0.10
        // = $3,037.50) for tiered storage (x $0.06 = $303.75): saves $2,733.75.
        // clicks 48 -> 24 h: 337.5 GiB a copy, 2,025 GiB EBS = $202.50 less, $20.25 more tiered: saves $182.25.
        // users is compacted (no tiered storage); nothing else keeps more than 24 h locally.
        assertThat(split.advice()).extracting(TopicAdvice::topic).containsExactly("orders", "clicks");
        assertThat(split.advice()).extracting(a -> a.monthlySavingsUsd().toPlainString()).containsExactly("2733.75", "182.25");
        assertThat(split.advice().get(0).change()).isEqualTo(TopicAdvice.TIERED);
        assertThat(split.advice().get(0).command()).isEqualTo("kafka-configs.sh --bootstrap-server BOOTSTRAP-BROKERS-REPLACE-ME"
                + " --alter --entity-type topics --entity-name orders --add-config remote.storage.enable=true,local.retention.ms=86400000");
        assertThat(split.advice().get(1).change()).isEqualTo(TopicAdvice.SHORTER_LOCAL);
        assertThat(split.advice().get(1).command()).endsWith("--entity-name clicks --add-config local.retention.ms=86400000");
        assertThat(split.advice().get(0).sentence()).isEqualTo("orders: keep 24 h on broker storage instead of 168 h (turn on"
                + " tiered storage; the rest of the 168 h retention in tiered storage) to save $2,733.75 a month.");
    }

    @Test
    void cents_are_split_by_weight_and_none_is_lost() {
        // 100 cents by 1 : 1 : 1 = 33.33 each -> 33 + 33 + 33 and one cent to the first of the equal remainders
        assertThat(TopicBill.split(new BigDecimal("1.00"), new double[] {1, 1, 1})).containsExactly(34, 33, 33);
        assertThat(TopicBill.split(new BigDecimal("0.00"), new double[] {0, 0})).containsExactly(0, 0);
    }
}
