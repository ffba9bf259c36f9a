package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.cost.CostBreakdown;
import mskplanner.engine.cost.LineItem;
import mskplanner.engine.cost.Money;
import org.junit.jupiter.api.Test;

class MskDiscountTest {
    /** 3 x kafka.m5.large with 1,000 GB each (730 h), plus cross-AZ producer traffic that is not an MSK charge. */
    private static CostBreakdown threeM5Large() {
        return new CostBreakdown("MSK Standard 3 x kafka.m5.large", List.of(
                LineItem.of("Broker-hours kafka.m5.large", new BigDecimal("2190"), "broker-hour", new BigDecimal("0.21")),
                LineItem.of("Broker storage (EBS)", new BigDecimal("3000"), "GB-month", new BigDecimal("0.10")),
                LineItem.of("Cross-AZ traffic", new BigDecimal("1000"), "GB", new BigDecimal("0.02"))));
    }

    @Test
    void a_private_discount_lowers_every_msk_line_by_the_percentage() {
        // list: 2,190 x 0.21 = 459.90 + 3,000 x 0.10 = 300.00 + 1,000 x 0.02 = 20.00 = 779.90; 10% off: 701.91
        DiscountedCost cost = MskDiscount.apply(threeM5Large(), 10, MskDiscount.Kind.PRIVATE_PRICING);

        assertThat(Money.cents(cost.listPrice().monthlyUsd())).isEqualByComparingTo("779.90");
        assertThat(Money.cents(cost.monthlyUsd())).isEqualByComparingTo("701.91");
        assertThat(Money.cents(cost.savingsUsd())).isEqualByComparingTo("77.99");
    }

    @Test
    void lines_outside_msk_keep_their_list_price() {
        // 459.90 x 0.9 = 413.91 + 300.00 x 0.9 = 270.00 + cross-AZ 20.00 at list = 703.91
        DiscountedCost cost = MskDiscount.apply(threeM5Large(), 10, MskDiscount.Kind.PRIVATE_PRICING,
                line -> !line.item().startsWith("Cross-AZ"));

        assertThat(Money.cents(cost.monthlyUsd())).isEqualByComparingTo("703.91");
        assertThat(cost.discounted().lineItems().get(2).item()).isEqualTo("Cross-AZ traffic");
    }

    @Test
    void every_discounted_line_says_the_discount_is_an_assumption() {
        DiscountedCost cost = MskDiscount.apply(threeM5Large(), 12.5, MskDiscount.Kind.PRIVATE_PRICING);

        assertThat(cost.label()).isEqualTo("assumption: private discount, not an AWS price");
        assertThat(cost.discounted().lineItems().get(0).item())
                .isEqualTo("Broker-hours kafka.m5.large (12.5% off; assumption: private discount, not an AWS price)");
        assertThat(cost.discounted().name()).endsWith("(12.5% off; assumption: private discount, not an AWS price)");
    }

    @Test
    void a_reserved_discount_for_msk_is_labelled_as_the_users_assumption_because_msk_has_no_reserved_instances() {
        DiscountedCost cost = MskDiscount.apply(threeM5Large(), 30, MskDiscount.Kind.USER_RESERVED);

        assertThat(cost.label()).isEqualTo(
                "assumption: user-entered reserved discount, not an AWS price (MSK has no Reserved Instances)");
    }

    @Test
    void no_discount_keeps_the_list_price() {
        assertThat(MskDiscount.apply(threeM5Large(), 0, MskDiscount.Kind.PRIVATE_PRICING).savingsUsd())
                .isEqualByComparingTo("0");
    }

    @Test
    void a_discount_outside_0_to_100_percent_is_rejected() {
        assertThatThrownBy(() -> MskDiscount.apply(threeM5Large(), 101, MskDiscount.Kind.PRIVATE_PRICING))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("mskDiscountPercent = 101 is not allowed: a percentage from 0 to 100");
    }
}
