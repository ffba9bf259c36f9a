package mskplanner.engine.alternatives;

import static org.assertj.core.api.Assertions.assertThat;

import mskplanner.engine.cost.Money;
import mskplanner.testing.AlternativesFixtures;
import org.junit.jupiter.api.Test;

class ConnectCostTest {
    @Test
    void workers_are_priced_in_mcu_hours() {
        // 2 workers x 2 MCU x 730 h = 2,920 MCU-hours x $0.11 = $321.20
        ConnectCost connect = new ConnectCost(AlternativesFixtures.usEast1(), 730);

        assertThat(Money.cents(connect.monthly(2, 2).monthlyUsd())).isEqualByComparingTo("321.20");
    }

    @Test
    void one_mcu_for_a_30_day_month_is_the_worked_example() {
        // aws-prices.md D6: 1 MCU x 720 h x $0.11 = $79.20
        ConnectCost connect = new ConnectCost(AlternativesFixtures.usEast1(), 720);

        assertThat(Money.cents(connect.monthly(1, 1).monthlyUsd())).isEqualByComparingTo("79.20");
    }
}
