package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SizingTest {
    @ParameterizedTest(name = "{0} / {1} over {2} AZs -> {3}")
    @CsvSource({
            // ceil(100 / 6.25) = 16 -> ceil(16 / 3) x 3 = 18
            "100, 6.25, 3, 18",
            // exactly 3 per broker: 3 brokers, already a multiple of 3
            "30, 10, 3, 3",
            // 0.1 of a broker still needs one broker per AZ
            "1, 10, 3, 3",
            // ceil(41 / 10) = 5 -> 6 over 2 AZs
            "41, 10, 2, 6",
            // 4 over 2 AZs stays 4
            "40, 10, 2, 4",
            // 16.05 -> 17 -> 18
            "100, 6.230769230769231, 3, 18",
    })
    void brokers_are_the_demand_over_capacity_rounded_up_to_a_multiple_of_the_az_count(double demand, double capacity,
                                                                                        int zones, int brokers) {
        assertThat(Sizing.brokersFor(demand, capacity, zones)).isEqualTo(brokers);
    }

    @Test
    void the_largest_constraint_is_the_bottleneck() {
        Sizing s = Sizing.of(List.of(c(ConstraintName.INGRESS, 3), c(ConstraintName.EGRESS, 6), c(ConstraintName.PARTITIONS, 3),
                c(ConstraintName.STORAGE, 9)));
        assertThat(s.brokers()).isEqualTo(9);
        assertThat(s.bottleneck()).isEqualTo(ConstraintName.STORAGE);
    }

    @ParameterizedTest(name = "tie between {0} and {1} -> {0}")
    @CsvSource({"INGRESS, EGRESS", "EGRESS, PARTITIONS", "PARTITIONS, STORAGE", "STORAGE, PST", "INGRESS, PST"})
    void a_tie_goes_to_the_first_in_the_order_ingress_egress_partitions_storage_pst(ConstraintName first,
                                                                                    ConstraintName second) {
        List<Constraint> constraints = new java.util.ArrayList<>();
        for (ConstraintName n : ConstraintName.values()) {
            constraints.add(c(n, n == first || n == second ? 6 : 3));
        }
        assertThat(Sizing.of(constraints).bottleneck()).isEqualTo(first);
    }

    @Test
    void constraint_names_are_the_lower_case_api_names() {
        assertThat(List.of(ConstraintName.values())).extracting(ConstraintName::id)
                .containsExactly("ingress", "egress", "partitions", "storage", "pst", "replication");
    }

    @Test
    void an_absurd_demand_saturates_instead_of_overflowing() {
        assertThat(Sizing.brokersFor(1e300, 1, 3)).isEqualTo(Integer.MAX_VALUE);
    }

    private static Constraint c(ConstraintName name, int brokers) {
        return new Constraint(name, brokers, 1, 1, "unit");
    }
}
