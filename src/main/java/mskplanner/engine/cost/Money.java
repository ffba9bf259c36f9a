package mskplanner.engine.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import mskplanner.engine.units.Decimals;

/**
 * The one rounding policy: amounts keep full precision through every calculation and are rounded half-up to cents
 * only for display (each line, and the total summed from the unrounded lines).
 */
public final class Money {
    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * {@code cents(BigDecimal.valueOf(amount))}, the same value and scale, without writing the double as a decimal
     * where no half cent is near: a cost curve's points are doubles, hundreds per plan.
     */
    public static BigDecimal cents(double amount) {
        return Decimals.halfUp(amount, 2);
    }

    /** A quantity as the decimal it is written as (see {@link Decimals#of}). */
    public static BigDecimal of(double quantity) {
        return Decimals.of(quantity);
    }
}
