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

    @Property(tries = 20000)
    void rounding_half_up_is_the_bigdecimal_rounding_bit_for_bit(@ForAll("roundable") double v,
                                                                 @ForAll("places") int decimals) {
        double reference = BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
        assertThat(Double.doubleToRawLongBits(Decimals.roundHalfUp(v, decimals)))
                .as("%s to %d decimals: %s", v, decimals, reference)
                .isEqualTo(Double.doubleToRawLongBits(reference));
    }

    @Property(tries = 20000)
    void half_up_to_a_decimal_is_the_bigdecimal_rounding_in_value_and_scale(@ForAll("roundable") double v,
                                                                            @ForAll("places") int decimals) {
        // equals, not compareTo: a cent figure keeps scale 2 (4674.10), as Money.cents always wrote it
        assertThat(Decimals.halfUp(v, decimals)).as("%s to %d decimals", v, decimals)
                .isEqualTo(BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP));
    }

    @Provide
    Arbitrary<Double> roundable() {
        return Arbitraries.oneOf(
                doubles(),
                // exactly on a half as written (0.00005, 2.345, 1234.5) and one ulp either side: the hard cases
                Arbitraries.longs().between(-10_000_000L, 10_000_000L).flatMap(n -> Arbitraries.integers().between(1, 9)
                        .flatMap(places -> Arbitraries.of(-1, 0, 1).map(step -> {
                            double half = (n + 0.5) / Math.pow(10, places);
                            return step == 0 ? half : step < 0 ? Math.nextDown(half) : Math.nextUp(half);
                        }))),
                Arbitraries.doubles().between(0, 100).ofScale(5));
    }

    @Provide
    Arbitrary<Integer> places() {
        return Arbitraries.integers().between(0, 11);
    }

    @Test
    void rounding_half_up_goes_away_from_zero_and_never_gives_a_negative_zero() {
        assertThat(Decimals.roundHalfUp(2.345, 2)).isEqualTo(2.35);
        assertThat(Decimals.roundHalfUp(-2.345, 2)).isEqualTo(-2.35);
        assertThat(Decimals.roundHalfUp(0.12345, 4)).isEqualTo(0.1235);
        assertThat(Double.doubleToRawLongBits(Decimals.roundHalfUp(-0.00001, 4))).isEqualTo(0L);
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
