package mskplanner.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;

class PlanQueryTest {
    @Test
    void query_parameters_carry_the_json_field_names() {
        PlanRequest r = PlanQuery.parse(Map.of("avgIngressMBps", List.of("100"), "consumerGroups", List.of("2"),
                "rackAwareConsumers", List.of("false"), "preset", List.of("sustained-throughput"),
                "maxMessageBytes", List.of("2000000")));
        assertThat(r.avgIngressMBps()).isEqualTo(100.0);
        assertThat(r.consumerGroups()).isEqualTo(2);
        assertThat(r.rackAwareConsumers()).isFalse();
        assertThat(r.preset()).isEqualTo("sustained-throughput");
        assertThat(r.maxMessageBytes()).isEqualTo(2_000_000L);
        assertThat(r.peakIngressMBps()).isNull();
    }

    @Test
    void the_format_parameter_is_not_part_of_the_request() {
        assertThat(PlanQuery.parse(Map.of("avgIngressMBps", List.of("1"), "format", List.of("csv"))).avgIngressMBps()).isEqualTo(1.0);
    }

    @Test
    void an_unknown_parameter_is_rejected_by_name() {
        assertThatThrownBy(() -> PlanQuery.parse(Map.of("avgIngresMBps", List.of("1"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("avgIngresMBps"));
    }

    @Test
    void a_value_that_is_not_a_number_names_the_field() {
        assertThatThrownBy(() -> PlanQuery.parse(Map.of("partitions", List.of("12.5"))))
                .hasMessage("partitions = 12.5 is not allowed: a whole number");
    }

    @Test
    void a_boolean_must_be_true_or_false() {
        assertThatThrownBy(() -> PlanQuery.parse(Map.of("rackAwareConsumers", List.of("yes"))))
                .hasMessage("rackAwareConsumers = yes is not allowed: true or false");
    }

    @Test
    void nan_parses_so_the_engine_can_name_the_field() {
        assertThat(PlanQuery.parse(Map.of("avgIngressMBps", List.of("NaN"))).avgIngressMBps()).isNaN();
    }
}
