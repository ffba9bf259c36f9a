package mskplanner.engine.units;

import java.math.BigDecimal;

/**
 * A double as the decimal it is written as ({@code new BigDecimal(Double.toString(v))}, which is also what
 * {@code BigDecimal.valueOf(double)} gives): the one conversion from the sizing's doubles to the bill's and the
 * decimal checks' BigDecimals. It used to cost a {@code Double.toString} and a parse per call, for every line of every
 * broker size; the same few values (a profile's rates, a size's baselines, a plan's storage) come back again and
 * again, so recent conversions are kept in a small table, and whole numbers are built directly.
 *
 * <p>The table is direct-mapped and fixed in size (bounded memory), and shared by every thread: an entry is an
 * immutable record written with a plain store, so a reader sees either a whole entry or an older one, and it only
 * uses an entry whose key is its own value. The result is always the same BigDecimal (value and scale) as the string
 * round trip; {@code DecimalsTest} checks that on random doubles.
 */
public final class Decimals {
    private static final int SLOTS = 1 << 10;
    /** Below 10^7 Double.toString writes a whole number as "N.0": unscaled N x 10, scale 1. */
    private static final double PLAIN_WHOLE_LIMIT = 1e7;

    private record Entry(long bits, BigDecimal value) {
    }

    private static final Entry[] TABLE = new Entry[SLOTS];

    private Decimals() {
    }

    /** {@code new BigDecimal(Double.toString(v))}, without the string where it can. */
    public static BigDecimal of(double v) {
        if (v == (long) v && Math.abs(v) < PLAIN_WHOLE_LIMIT) {
            return BigDecimal.valueOf((long) v * 10, 1);
        }
        long bits = Double.doubleToRawLongBits(v);
        int slot = slot(bits);
        Entry e = TABLE[slot];
        if (e != null && e.bits == bits) {
            return e.value;
        }
        BigDecimal value = new BigDecimal(Double.toString(v));
        TABLE[slot] = new Entry(bits, value);
        return value;
    }

    private static int slot(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h >>> (64 - 10));
    }
}
