package mskplanner.engine.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The double shortcuts of the MiB/s conversion and the partition ceiling give the decimal answers, bit for bit. */
class DecimalShortcutsTest {

    private static double referenceMiBps(double mbps) {
        return BigDecimal.valueOf(mbps).multiply(new BigDecimal("0.95367431640625")).setScale(9, RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    private static int referenceCeil(double n, double d) {
        BigDecimal q = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, RoundingMode.CEILING);
        return q.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0 ? Integer.MAX_VALUE : q.intValueExact();
    }

    @Property(tries = 10000)
    void mb_to_mib_is_the_decimal_conversion(@ForAll("rates") double mbps) {
        assertThat(ModelDemand.toMiBps(mbps)).isEqualTo(referenceMiBps(mbps));
    }

    @Property(tries = 10000)
    void the_partition_ceiling_is_the_decimal_ceiling(@ForAll("rates") double n, @ForAll("perPartition") double d) {
        assertThat(PartitionPlanner.ceilDiv(n, d)).isEqualTo(referenceCeil(n, d));
    }

    @Provide
    Arbitrary<Double> rates() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 2_000_000),
                Arbitraries.doubles().between(0, 5_000).ofScale(4),
                Arbitraries.integers().between(0, 1_000_000).map(i -> i * 1.048576),
                Arbitraries.longs().between(0, 1_000_000_000L).map(i -> i * 1.048576e-9),
                // (2k + 1) x 8,192 / 15,625 x 10^-9 MB/s is a half nano-MiB/s exactly: the rounding the shortcut must not guess
                Arbitraries.longs().between(0, 1_000_000_000L).map(k -> (2 * k + 1) * 8192 / 15625e9),
                // where the break-even curves price: just inside a stretch that starts at a multiple of 1/16 MiB/s
                Arbitraries.integers().between(1, 100_000).map(k -> k * 1.048576 / 16 * (1 + 1e-7)),
                Arbitraries.integers().between(1, 100_000).map(k -> k * 1.048576 / 16 * (1 - 1e-7)));
    }

    @Property(tries = 10000)
    void whole_nano_mib_in_integers_is_the_decimal_rounding(@ForAll("written") BigDecimal mbps) {
        long nanos = ModelDemand.nanoMiBps(mbps);
        BigDecimal reference = mbps.multiply(new BigDecimal("0.95367431640625")).movePointRight(9)
                .setScale(0, RoundingMode.HALF_EVEN);
        // -1 (the BigDecimal decides) only past a long: more than 18 digits, a result past 2^63, or x 10^19 and up
        if (mbps.precision() <= 18 && reference.toBigInteger().bitLength() < Long.SIZE - 1 && 15 - mbps.scale() <= 18) {
            assertThat(nanos).isEqualTo(reference.longValueExact());
        } else if (reference.toBigInteger().bitLength() < Long.SIZE) {
            assertThat(nanos).isIn(-1L, reference.longValueExact());
        } else {
            assertThat(nanos).isEqualTo(-1L);
        }
    }

    @Provide
    Arbitrary<BigDecimal> written() {
        Arbitrary<BigDecimal> anyScale = Arbitraries.longs().between(1, 99_999_999_999_999_999L)
                .flatMap(u -> Arbitraries.integers().between(-4, 30).map(scale -> BigDecimal.valueOf(u, scale)));
        // exact halves and their neighbours: (2k + 1) x 2^19 / 10^15 MB/s, written to 16 decimals, plus or minus 10^-16
        Arbitrary<BigDecimal> halves = Arbitraries.longs().between(0, 1_000_000_000L).flatMap(k -> Arbitraries.of(-1, 0, 1)
                .map(d -> BigDecimal.valueOf(2 * k + 1).multiply(BigDecimal.valueOf(1 << 19)).movePointLeft(15)
                        .setScale(16).add(BigDecimal.valueOf(d, 16))));
        return Arbitraries.oneOf(anyScale, halves, Arbitraries.integers().between(1, 2_000_000).map(BigDecimal::valueOf))
                .filter(b -> b.signum() > 0);
    }

    @Provide
    Arbitrary<Double> perPartition() {
        return Arbitraries.oneOf(Arbitraries.of(12.0, 50.0, 100.0, 150.0, 10.0, 0.5),
                Arbitraries.doubles().between(0.01, 1000).ofScale(3));
    }

    @Test
    void a_rate_that_is_whole_mib_stays_whole_and_36_over_12_is_3_partitions() {
        // 838.8608 MB/s x 10^6 / 2^20 = 800 MiB/s exactly; 36 / 12 = 3 in decimal, not 4
        assertThat(ModelDemand.toMiBps(838.8608)).isEqualTo(800.0);
        assertThat(PartitionPlanner.ceilDiv(36, 12)).isEqualTo(3);
        assertThat(PartitionPlanner.ceilDiv(0.3, 0.1)).isEqualTo(3);
    }
}
