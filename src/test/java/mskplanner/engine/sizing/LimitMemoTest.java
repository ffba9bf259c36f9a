package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The remembered Equation 1 terms are the decimal formula as written, to the last bit, memo hit or miss. */
class LimitMemoTest {

    /** Equation 1's limit as SustainedThroughput computed it before the memo: every term in DECIMAL64. */
    private static double reference(double volumeMiBps, double ebsMBps, double networkMBps, int brokers, double peakIn,
                                    double peakOut, int rf) {
        BigDecimal b = BigDecimal.valueOf(brokers);
        BigDecimal r = BigDecimal.valueOf(rf);
        BigDecimal in = BigDecimal.valueOf(peakIn);
        BigDecimal outPerIn = BigDecimal.valueOf(peakOut).add(in.multiply(r.subtract(BigDecimal.ONE)));
        BigDecimal volume = BigDecimal.valueOf(volumeMiBps).multiply(new BigDecimal("1.048576"));
        BigDecimal perR = volume.min(BigDecimal.valueOf(ebsMBps)).multiply(b).divide(r, MathContext.DECIMAL64);
        BigDecimal network = BigDecimal.valueOf(networkMBps).multiply(b).multiply(in).divide(outPerIn, MathContext.DECIMAL64);
        return perR.min(network).doubleValue();
    }

    @Property(tries = 5000)
    void the_memo_gives_the_decimal_formulas_double(@ForAll("volumes") double volume, @ForAll("baselines") double ebs,
                                                    @ForAll("baselines") double network,
                                                    @ForAll @IntRange(min = 1, max = 300) int brokers,
                                                    @ForAll("rates") double peakIn, @ForAll @IntRange(min = 0, max = 12) int groups,
                                                    @ForAll("rates") double otherOut, @ForAll boolean wholeFanOut,
                                                    @ForAll @IntRange(min = 1, max = 4) int rf) {
        // peak egress a whole multiple of peak ingress (the memo's k), computed as a plan computes it, or any rate
        double peakOut = wholeFanOut ? peakIn * groups : otherOut;
        if (peakOut + peakIn * (rf - 1) == 0) {
            return;
        }
        double expected = reference(volume, ebs, network, brokers, peakIn, peakOut, rf);
        for (int i = 0; i < 2; i++) {
            double memo = Math.min(LimitMemo.storage(volume, ebs, brokers, rf),
                    LimitMemo.network(network, brokers, peakIn, peakOut, rf));
            assertThat(memo).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<Double> volumes() {
        return Arbitraries.oneOf(Arbitraries.of(250.0, 1000.0), Arbitraries.integers().between(250, 1000).map(Integer::doubleValue),
                Arbitraries.doubles().between(250, 1000));
    }

    @Provide
    Arbitrary<Double> baselines() {
        return Arbitraries.oneOf(Arbitraries.of(81.25, 593.75, 1187.5, 2375.0, 4750.0, 9500.0, 19000.0),
                Arbitraries.doubles().between(10, 20_000).ofScale(3));
    }

    @Provide
    Arbitrary<Double> rates() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 5000).map(Integer::doubleValue),
                Arbitraries.doubles().between(0.001, 5000).ofScale(9), Arbitraries.doubles().between(0.01, 5000).ofScale(2));
    }

    @Test
    void five_groups_on_rf_3_divide_the_network_baseline_by_seven() {
        // 4,750 MB/s x 6 brokers x 100 / (500 + 2 x 100) = 28,500 / 7 = 4,071.428571428571 (16 digits)
        assertThat(LimitMemo.network(4750, 6, 100, 500, 3)).isEqualTo(4071.428571428571);
        assertThat(LimitMemo.network(4750, 6, 100, 500, 3)).isEqualTo(LimitMemo.full(4750, 6, 100, 500, 3));
    }
}
