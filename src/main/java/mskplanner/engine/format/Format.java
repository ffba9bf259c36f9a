package mskplanner.engine.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers look wherever a person reads them (pages, CLI tables, reports, verdict sentences): grouped thousands,
 * a fixed locale, money as {@code $1,493.52}. JSON and CSV carry plain numbers instead and never go through here.
 */
public final class Format {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private Format() {
    }

    /** An amount in dollars with cents, e.g. {@code $1,234.50}. */
    public static String usd(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(amount.abs());
        return (amount.signum() < 0 ? "-$" : "$") + s;
    }

    /** A quantity or unit price at full precision, grouped, without trailing zeros. */
    public static String exact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##########", SYMBOLS);
        f.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return f.format(value);
    }

    /** A unit price: dollars with at least cents and every further digit it has, e.g. {@code $0.10}, {@code $0.0015}. */
    public static String unitPrice(BigDecimal usd) {
        if (usd == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", SYMBOLS);
        f.setMaximumFractionDigits(Math.max(2, usd.stripTrailingZeros().scale()));
        return (usd.signum() < 0 ? "-$" : "$") + f.format(usd.abs());
    }

    /** A billed quantity: grouped, at most three decimals (derived quantities carry many more). */
    public static String quantity(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.###", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A measured or derived figure with at most {@code decimals} decimals, e.g. {@code 1,234.5}. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        DecimalFormat f = new DecimalFormat("#,##0", SYMBOLS);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A measured figure with fewer decimals as it grows: 1,234 / 56.7 / 8.90 / 60 (none for whole numbers). */
    public static String figure(double v) {
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, v);
    }

    /** A figure with up to two decimals, the default for throughputs and sizes. */
    public static String number(double value) {
        return number(value, 2);
    }

    /**
     * A number inside a sentence that echoes an input or a limit ("below 41.5 GB/hour"): at most {@code maxDecimals}
     * decimals, no grouping, no trailing zeros, no exponent.
     */
    public static String plain(double value, int maxDecimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** A number as typed: no grouping, no exponent, no trailing {@code .0} (e.g. {@code 744}, {@code 0.35}). */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    /** "1 partition", "40 partitions". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A share as a percentage, e.g. {@code 0.803} as {@code 80%}. */
    public static String percent(double fraction) {
        return number(fraction * 100, 0) + "%";
    }
}
