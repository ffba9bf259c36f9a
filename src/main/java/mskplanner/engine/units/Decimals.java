package mskplanner.engine.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final double TWO_TO_52 = 0x1p52;
    /** The written decimal and the product in doubles each within 2^-53 (relative): room to spare. */
    private static final double NEAR_HALF = 1e-15;
    /** No whole number of units: a half is too near for the doubles to decide. */
    private static final long UNDECIDED = Long.MIN_VALUE;

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

    /**
     * {@code v} rounded half-up to {@code decimals} places as it is written: {@code BigDecimal.valueOf(v)
     * .setScale(decimals, HALF_UP).doubleValue()}, the one rounding of a figure shown to a fixed number of decimals.
     * Where no half is near, the digits are found in doubles (the written decimal and {@code |v| x 10^decimals} are
     * within 2^-52 of each other, relative, so both round to the same whole number of units), and that number over
     * 10^decimals is the double the BigDecimal gives (one correctly rounded division); otherwise the BigDecimal decides.
     */
    public static double roundHalfUp(double v, int decimals) {
        long units = halfUpUnits(v, decimals);
        if (units != UNDECIDED) {
            // a BigDecimal has no negative zero
            return units == 0 ? 0.0 : Math.copySign(Math.abs(units) / POWERS_OF_TEN[decimals], v);
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * {@code BigDecimal.valueOf(v).setScale(decimals, HALF_UP)}: the same value and scale, built from its whole number
     * of units where the doubles decide it (as in {@link #roundHalfUp}), from the written decimal otherwise.
     */
    public static BigDecimal halfUp(double v, int decimals) {
        long units = halfUpUnits(v, decimals);
        return units != UNDECIDED ? BigDecimal.valueOf(units, decimals)
                : BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** {@code v} in whole units of 10^-decimals, rounded half-up as written, or {@link #UNDECIDED} near a half. */
    private static long halfUpUnits(double v, int decimals) {
        if (decimals >= 0 && decimals < POWERS_OF_TEN.length) {
            double scaled = Math.abs(v) * POWERS_OF_TEN[decimals];
            if (scaled < TWO_TO_52) {
                double floor = Math.floor(scaled);
                double fraction = scaled - floor;
                if (Math.abs(fraction - 0.5) > scaled * NEAR_HALF) {
                    long units = (long) (fraction > 0.5 ? floor + 1 : floor);
                    return v < 0 ? -units : units;
                }
            }
        }
        return UNDECIDED;
    }

    private static int slot(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h >>> (64 - 10));
    }
}
