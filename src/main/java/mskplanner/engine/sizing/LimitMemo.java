package mskplanner.engine.sizing;

import java.math.BigDecimal;
import java.math.MathContext;
import mskplanner.engine.units.Decimals;

/**
 * Equation 1's two terms ({@link SustainedThroughput#limitMBps}) remembered: each is a DECIMAL64 quotient of a few
 * small inputs, and the same inputs come back for every plan (a size's baselines, a broker count, the replication
 * factor and, for the network term, the fan-out). A decimal division and its conversion to double cost more than the
 * rest of sizing one broker size; a table lookup does not. The tables are direct-mapped and fixed in size (bounded
 * memory), shared by all threads through immutable entries, and keyed by every input, so a value read is always the
 * value computed.
 *
 * <p>The network term, t_EC2network x B x peak ingress / (peak egress + (r - 1) x peak ingress), is the same exact
 * number as t_EC2network x B / (k + r - 1) when peak egress is exactly k times peak ingress (every consumer group
 * reads the whole stream), and a DECIMAL64 division rounds the exact quotient, so both forms give the same result;
 * the memo keys on k. Other profiles are computed in full.
 */
final class LimitMemo {
    private static final int BITS = 12;
    private static final int SLOTS = 1 << BITS;
    /** Fan-outs up to this are looked up; more is computed in full. */
    private static final int MAX_FAN_OUT = 1 << 16;

    private record Term(long firstBits, long secondBits, int brokers, int divisor, double value) {
    }

    private record FanOut(long peakInBits, long peakOutBits, int groups) {
    }

    private static final Term[] STORAGE = new Term[SLOTS];
    private static final Term[] NETWORK = new Term[SLOTS];
    private static FanOut lastFanOut;

    private LimitMemo() {
    }

    /** min(t_storage, t_EBSnetwork) x B / r, MB/s: t_storage from {@code volumeMiBps}, converted exactly. */
    static double storage(double volumeMiBps, double ebsMBps, int brokers, int replicationFactor) {
        long a = Double.doubleToRawLongBits(volumeMiBps);
        long b = Double.doubleToRawLongBits(ebsMBps);
        int slot = slot(a, b, brokers, replicationFactor);
        Term e = STORAGE[slot];
        if (e != null && e.firstBits == a && e.secondBits == b && e.brokers == brokers && e.divisor == replicationFactor) {
            return e.value;
        }
        BigDecimal volume = Decimals.of(volumeMiBps).multiply(mskplanner.engine.units.Units.MB_PER_MIB_DECIMAL);
        double value = volume.min(Decimals.of(ebsMBps)).multiply(BigDecimal.valueOf(brokers))
                .divide(BigDecimal.valueOf(replicationFactor), MathContext.DECIMAL64).doubleValue();
        STORAGE[slot] = new Term(a, b, brokers, replicationFactor, value);
        return value;
    }

    /** t_EC2network x B x peak ingress / (peak egress + (r - 1) x peak ingress), MB/s. */
    static double network(double networkMBps, int brokers, double peakInMBps, double peakOutMBps, int replicationFactor) {
        int k = wholeFanOut(peakInMBps, peakOutMBps);
        int divisor = k + replicationFactor - 1;
        if (k < 0 || divisor <= 0) {
            return full(networkMBps, brokers, peakInMBps, peakOutMBps, replicationFactor);
        }
        long a = Double.doubleToRawLongBits(networkMBps);
        int slot = slot(a, 0, brokers, divisor);
        Term e = NETWORK[slot];
        if (e != null && e.firstBits == a && e.brokers == brokers && e.divisor == divisor) {
            return e.value;
        }
        double value = Decimals.of(networkMBps).multiply(BigDecimal.valueOf(brokers))
                .divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL64).doubleValue();
        NETWORK[slot] = new Term(a, 0, brokers, divisor, value);
        return value;
    }

    /** The formula as written, for any profile. */
    static double full(double networkMBps, int brokers, double peakInMBps, double peakOutMBps, int replicationFactor) {
        BigDecimal r = BigDecimal.valueOf(replicationFactor);
        BigDecimal peakIn = Decimals.of(peakInMBps);
        BigDecimal outPerIn = Decimals.of(peakOutMBps).add(peakIn.multiply(r.subtract(BigDecimal.ONE)));
        return Decimals.of(networkMBps).multiply(BigDecimal.valueOf(brokers)).multiply(peakIn)
                .divide(outPerIn, MathContext.DECIMAL64).doubleValue();
    }

    /** k when peak egress is exactly k x peak ingress as written (decimal), else -1; the last answer is kept. */
    private static int wholeFanOut(double peakInMBps, double peakOutMBps) {
        long in = Double.doubleToRawLongBits(peakInMBps);
        long out = Double.doubleToRawLongBits(peakOutMBps);
        FanOut last = lastFanOut;
        if (last != null && last.peakInBits == in && last.peakOutBits == out) {
            return last.groups;
        }
        int k = -1;
        double ratio = Math.rint(peakOutMBps / peakInMBps);
        if (ratio >= 0 && ratio <= MAX_FAN_OUT && Decimals.of(peakOutMBps)
                .compareTo(Decimals.of(peakInMBps).multiply(BigDecimal.valueOf((long) ratio))) == 0) {
            k = (int) ratio;
        }
        lastFanOut = new FanOut(in, out, k);
        return k;
    }

    private static int slot(long a, long b, int brokers, int divisor) {
        long h = (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL) ^ ((long) brokers << 20) ^ divisor;
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h >>> (64 - BITS));
    }
}
