package mskplanner.engine.alternatives;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as they appear in violation messages: at most three decimals, no trailing zeros, no exponent. */
final class Text {
    private Text() {
    }

    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    static String mbps(double value) {
        return number(value) + " MB/s";
    }
}
