package mskplanner.engine.matrix;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as notes show them: at most two decimals, no trailing zeros, no exponent. */
final class Numbers {
    private Numbers() {
    }

    static String plain(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** "1 partition", "40 partitions". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
