package mskplanner.engine.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Decimals.of is the string round trip it replaces: same value and same scale, table hit or miss. */
class DecimalsTest {

    @Property(tries = 5000)
    void any_double_converts_to_the_decimal_double_to_string_writes(@ForAll("doubles") double v) {
        BigDecimal reference = new BigDecimal(Double.toString(v));
        // equals, not compareTo: 730.0 must stay unscaled 7300 at scale 1, as the bill's quantities always were
        assertThat(Decimals.of(v)).isEqualTo(reference);
        assertThat(Decimals.of(v)).isEqualTo(reference);
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.doubles().between(0, 1e4).ofScale(3),
                Arbitraries.longs().between(-20_000_000L, 20_000_000L).map(Long::doubleValue),
                Arbitraries.longs().map(bits -> Double.longBitsToDouble(bits)).filter(Double::isFinite),
                Arbitraries.of(0.0, -0.0, 1e7, 9_999_999.0, 1e-3, 0.001, 1e22, Double.MIN_VALUE, Double.MAX_VALUE));
    }

    @Test
    void whole_numbers_below_ten_million_keep_the_scale_of_their_text() {
        // Double.toString(730.0) = "730.0": unscaled 7300, scale 1; 1e7 is written "1.0E7": unscaled 10, scale -6
        assertThat(Decimals.of(730).scale()).isEqualTo(1);
        assertThat(Decimals.of(730).unscaledValue().longValue()).isEqualTo(7300);
        assertThat(Decimals.of(1e7).scale()).isEqualTo(-6);
    }

    @Test
    void two_values_that_share_a_slot_each_get_their_own_decimal() {
        // 1,025 distinct values over 1,024 slots: at least two share one; each still reads back as itself
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i <= 1024; i++) {
                double v = i + 0.25;
                assertThat(Decimals.of(v)).isEqualTo(new BigDecimal(Double.toString(v)));
            }
        }
    }
}
