package mskplanner.engine.price;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One price dimension of a region.
 *
 * @param item the item key, e.g. {@code broker-hour:kafka.m5.large} (see {@link PriceItem})
 * @param usd the unit price in the sheet's currency; empty when the price is not known
 * @param unit the priced unit, e.g. {@code broker-hour}, {@code GB-month}
 * @param confidence how well the price is sourced: confirmed, single-source, unverified, derived, estimate, unknown
 * @param source where the number comes from
 */
public record Price(String item, Optional<BigDecimal> usd, String unit, String confidence, String source) {
    public Price {
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("price item must not be blank");
        }
        usd.ifPresent(p -> {
            if (p.signum() < 0) {
                throw new IllegalArgumentException(item + ".usd must be >= 0, was " + p.toPlainString());
            }
        });
    }

    public boolean known() {
        return usd.isPresent();
    }
}
