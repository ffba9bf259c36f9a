package mskplanner.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PlanFormatsTest {
    private final PlanResponse response = new PlanService(Fixtures.bundled()).plan(PlanResponseTest.tenMiBps());

    private List<String> lines() {
        return List.of(PlanFormats.csv(response).split("\r\n"));
    }

    @Test
    void the_csv_starts_with_the_header_row() {
        assertThat(lines().get(0)).isEqualTo("deployment,instanceType,brokers,bottleneck,monthlyUsd,fitsQuota,"
                + "storageGiBPerBroker,sustainedLimitMBps,recommended-for,annualUsd,partitions,cheapestDeployment,cheapestMonthlyUsd");
    }

    @Test
    void the_later_columns_are_the_annual_cost_the_partitions_and_the_plans_cheapest_deployment() {
        OptionDto m7g = response.recommended().m7g();
        // annualUsd = monthlyUsd x 12; partitions and the cheapest deployment are the plan's, the same on every row
        String row = lines().stream().filter(l -> l.startsWith("standard,kafka.m7g.large,")).findFirst().orElseThrow();
        assertThat(row).endsWith("," + m7g.monthlyUsd().multiply(java.math.BigDecimal.valueOf(12)).toPlainString() + ","
                + response.partitions().recommended() + "," + response.cheapest().deployment() + ","
                + response.cheapest().monthlyUsd().toPlainString());
    }

    @Test
    void the_csv_has_one_row_per_option() {
        assertThat(lines()).hasSize(1 + response.options().size());
    }

    @Test
    void a_csv_row_carries_the_option_and_the_classes_it_is_picked_for() {
        // 3 x m7g.large: 5,062.5 GiB / 3 = 1,687.5 -> a whole 1,688 GiB per broker; Equation 1 for 3 brokers, RF 3, fan-out 1:
        // min(262.144, 78.75, 117.125) x 3 / 3 = 78.75 MB/s
        assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("standard,kafka.m7g.large,3,ingress,")
                .contains(",true,1688,78.75,m7g overall,"));
    }

    @Test
    void express_rows_leave_the_sustained_limit_empty() {
        assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("express,express.m7g.large,3,").contains(",0,,express,"));
    }
}
