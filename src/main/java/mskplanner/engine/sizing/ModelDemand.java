package mskplanner.engine.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import mskplanner.engine.cost.spec.ClientTraffic;
import mskplanner.engine.units.Decimals;
import mskplanner.engine.units.Units;

/**
 * The workload inside the model. AWS publishes broker limits in MiB/s and bills storage per GiB-month, so rates are
 * converted once here (1 MB/s = 10^6 / 2^20 MiB/s) and every volume is in GiB. The formulas and their operation order
 * are AWS's sizing script's ({@code msk_sizing.py}), so from the same MiB/s the results agree with it to the last bit
 * of a double, including the rare quotient that binary rounding lifts just above a whole number.
 *
 * @param profile the workload as given
 * @param assumptions the factors in use
 * @param leaders leader partitions
 * @param avgInMiBps average ingress, MiB/s
 * @param peakInMiBps peak ingress, MiB/s
 * @param avgOutMiBps average egress, MiB/s
 * @param peakOutMiBps peak egress, MiB/s
 */
record ModelDemand(WorkloadProfile profile, Assumptions assumptions, int leaders, double avgInMiBps, double peakInMiBps,
                   double avgOutMiBps, double peakOutMiBps) {
    /** Nanobytes per second: far below any sizing effect, far above the noise of a float conversion. */
    private static final int MIB_DECIMALS = 9;
    private static final double MIB_PER_MB = 0.95367431640625;
    private static final double TWO_TO_52 = 0x1p52;
    /** Three roundings of 2^-53 each, with room to spare. */
    private static final double NEAR_HALF = 1e-15;
    /** Every whole number up to 2^53 is a double, so such a count of nano-MiB/s over 10^9 is one rounding. */
    private static final double TWO_TO_53 = 0x1p53;
    /** 10^15 / 2^20 nano-MiB per MB: the decimal exponent and the bits of the conversion. */
    private static final int NANO_MIB_SCALE = 15;
    private static final int MIB_BITS = 20;
    private static final long HALF_NANO = 1L << (MIB_BITS - 1);
    private static final int MAX_LONG_DIGITS = 18;
    private static final long[] POWERS_OF_TEN = powersOfTen();

    static ModelDemand of(WorkloadProfile p, Assumptions a, int leaders) {
        return new ModelDemand(p, a, leaders, toMiBps(p.avgIngressMBps()), toMiBps(p.peakIngressMBps()),
                toMiBps(p.avgEgressMBps()), toMiBps(p.peakEgressMBps()));
    }

    /**
     * MB/s to MiB/s, in decimal from the number as written (10^6 / 2^20 = 0.95367431640625 exactly), rounded to
     * {@value #MIB_DECIMALS} decimals. So 838.8608 MB/s is exactly 800 MiB/s, as the same profile entered in MiB/s
     * would be, and a rate converted to MB/s with a float error of one ulp still comes back whole.
     */
    static double toMiBps(double mbps) {
        // 10^6 / 2^20 is a double exactly, so the product in doubles is within 3 x 2^-53 (relative) of the decimal
        // product, in units of 10^-9 too: when no half unit is nearer than that, both round to the same whole number
        // of nano-MiB/s, and that number over 10^9 is the double the BigDecimal gives (one correctly rounded division).
        double nanos = mbps * MIB_PER_MB * 1e9;
        if (nanos > 0 && nanos < TWO_TO_52) {
            double whole = Math.rint(nanos);
            if (0.5 - Math.abs(nanos - whole) > nanos * NEAR_HALF) {
                return whole / 1e9;
            }
        }
        BigDecimal written = Decimals.of(mbps);
        long nanoMiB = nanoMiBps(written);
        if (nanoMiB >= 0 && nanoMiB <= TWO_TO_53) {
            return nanoMiB / 1e9;
        }
        return written.multiply(Units.MIB_PER_MB_DECIMAL).setScale(MIB_DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * The rate as written, in whole nano-MiB/s rounded half-even, in integers; -1 where a long does not hold it. The
     * near-half case is common, not rare: the break-even curves price just inside stretches whose ends are whole
     * MiB/s multiples, which lands on a half nano-MiB/s exactly. x MB/s is x x 10^6 / 2^20 MiB/s, so x x 10^15 / 2^20
     * nano-MiB/s: with x = unscaled x 10^-scale, that is unscaled x 10^(15 - scale) shifted right by 20 bits.
     */
    static long nanoMiBps(BigDecimal written) {
        if (written.signum() <= 0 || written.precision() > MAX_LONG_DIGITS) {
            return -1;
        }
        long unscaled = written.unscaledValue().longValue();
        int powerOfTen = NANO_MIB_SCALE - written.scale();
        long whole;
        long rest;
        boolean belowUnit = false;
        if (powerOfTen >= 0) {
            if (powerOfTen > MAX_LONG_DIGITS) {
                return -1;
            }
            // the product in 128 bits (both factors are below 2^63): shifted right by 20 bits, it must fit 63
            long high = Math.multiplyHigh(unscaled, POWERS_OF_TEN[powerOfTen]);
            long low = unscaled * POWERS_OF_TEN[powerOfTen];
            if (high >>> (MIB_BITS - 1) != 0) {
                return -1;
            }
            whole = high << (Long.SIZE - MIB_BITS) | low >>> MIB_BITS;
            rest = low & (HALF_NANO << 1) - 1;
        } else if (-powerOfTen > MAX_LONG_DIGITS) {
            // below 10^18 / 10^19 / 2^20 nano-MiB/s, which rounds to none
            return 0;
        } else {
            long units = unscaled / POWERS_OF_TEN[-powerOfTen];
            belowUnit = unscaled % POWERS_OF_TEN[-powerOfTen] != 0;
            whole = units >>> MIB_BITS;
            rest = units & (HALF_NANO << 1) - 1;
        }
        if (rest > HALF_NANO || rest == HALF_NANO && (belowUnit || (whole & 1) == 1)) {
            whole++;
        }
        return whole;
    }

    static double toMBps(double mibps) {
        return mibps * Units.BYTES_PER_MIB / Units.BYTES_PER_MB;
    }

    /** Consumer fan-out, peak egress / peak ingress. */
    double fanOut() {
        return peakOutMiBps / peakInMiBps;
    }

    boolean tiered() {
        return profile.tieredStorage();
    }

    /** Partition replicas on Standard brokers: leaders x RF. */
    int replicas(int replicationFactor) {
        return (int) Math.min(Integer.MAX_VALUE, (long) leaders * replicationFactor);
    }

    /**
     * EBS storage of the whole cluster, GiB: avg ingress (MiB/s) x local retention (h) x 3600 x RF / 1024, times the
     * disk headroom (2.0 keeps disks half full: a full disk stops a broker).
     */
    double ebsGiB() {
        double retained = avgInMiBps * profile.localRetentionHours() * Units.SECONDS_PER_HOUR * profile.replicationFactor()
                / Units.MIB_PER_GIB;
        return retained * assumptions.diskHeadroom();
    }

    /** Tiered storage, GiB, one copy: avg ingress x (retention - local retention) x 3600 / 1024; 0 without tiering. */
    double tieredGiB() {
        if (!tiered()) {
            return 0;
        }
        return avgInMiBps * (profile.retentionHours() - profile.localRetentionHours()) * Units.SECONDS_PER_HOUR / Units.MIB_PER_GIB;
    }

    /** The client traffic as given, which the bill turns into cross-AZ transfer and Express data written. */
    ClientTraffic traffic() {
        return new ClientTraffic(profile.avgIngressMBps(), profile.avgEgressMBps(), profile.rackAwareConsumers());
    }

    /**
     * Express storage, GiB-month, one copy: avg ingress x retention x 3600 / 1024. Express has no hot tier, so the
     * whole retention counts (sizing-model.md says "retention"; AWS's sizing script uses the total retention too).
     */
    double expressStorageGiB() {
        return avgInMiBps * profile.retentionHours() * Units.SECONDS_PER_HOUR / Units.MIB_PER_GIB;
    }

    private static long[] powersOfTen() {
        long[] powers = new long[MAX_LONG_DIGITS + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
