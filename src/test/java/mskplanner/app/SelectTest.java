package mskplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mskplanner.engine.InvalidInputException;
import org.junit.jupiter.api.Test;

class SelectTest {
    record Answer(BigDecimal monthlyUsd, double ratio, String name, Boolean fits, List<Integer> brokers, Map<String, Object> more) {
    }

    private static final Answer ANSWER = new Answer(new BigDecimal("120.50"), 1.5, "=x", true, List.of(3, 6),
            new java.util.LinkedHashMap<>(Map.of("empty", Arrays.asList((Object) null))));

    @Test
    void values_are_written_as_the_json_writes_them_text_without_quotes() {
        assertThat(Select.pick(ANSWER, "monthlyUsd")).isEqualTo("120.50");
        assertThat(Select.pick(ANSWER, "ratio")).isEqualTo("1.5");
        assertThat(Select.pick(ANSWER, "name")).isEqualTo("=x");
        assertThat(Select.pick(ANSWER, "fits")).isEqualTo("true");
        assertThat(Select.pick(ANSWER, "brokers.1")).isEqualTo("6");
        assertThat(Select.pick(ANSWER, " brokers[0] ")).isEqualTo("3");
        assertThat(Select.pick(ANSWER, "more.empty.0")).isEmpty();
    }

    @Test
    void going_through_a_single_value_or_null_says_what_is_there() {
        assertThatThrownBy(() -> Select.pick(ANSWER, "name.first")).isInstanceOf(InvalidInputException.class)
                .hasMessage("select = name.first is not allowed: name is the single value =x, so it has no 'first'");
        assertThatThrownBy(() -> Select.pick(ANSWER, "more.empty.0.x"))
                .hasMessage("select = more.empty.0.x is not allowed: more.empty.0 is null, so it has no 'x'");
        assertThatThrownBy(() -> Select.pick(ANSWER, "brokers.one"))
                .hasMessage("select = brokers.one is not allowed: brokers is a list of 2 items, so 'one' must be an index from 0 to 1");
        assertThatThrownBy(() -> Select.pick(ANSWER, "nope"))
                .hasMessage("select = nope is not allowed: the answer has no field 'nope'; its fields are: monthlyUsd, ratio, name, fits, brokers, more");
    }
}
