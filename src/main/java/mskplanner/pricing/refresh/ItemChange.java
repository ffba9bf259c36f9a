package mskplanner.pricing.refresh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a refresh did to one price item.
 *
 * @param item the item key
 * @param oldUsd the price before (empty: unknown or not in the file)
 * @param newUsd the price after (empty: unknown)
 * @param status what happened
 */
public record ItemChange(String item, Optional<BigDecimal> oldUsd, Optional<BigDecimal> newUsd, Status status) {

    public enum Status {
        /** The answer has a different price, or a price where the file had none. */
        CHANGED,
        /** The answer has an item the file did not list. */
        ADDED,
        /** The answer confirms the price. */
        UNCHANGED,
        /** The item's service was asked but the answer lacks the item: the old value is kept, and flagged. */
        KEPT,
        /** The item's service was asked, the answer lacks the item, and its price was unknown before: still unknown. */
        STILL_UNKNOWN,
        /** The item's service was not asked (e.g. an MSK-only offer file, or Savings Plans): left as it was. */
        NOT_COVERED
    }

    /** The change in percent of the old price, two decimals, half-up; empty when there is no old price to compare. */
    public Optional<BigDecimal> changePercent() {
        if (oldUsd.isEmpty() || newUsd.isEmpty() || oldUsd.get().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal old = oldUsd.get();
        return Optional.of(newUsd.get().subtract(old).multiply(BigDecimal.valueOf(100)).divide(old, 2, RoundingMode.HALF_UP));
    }
}
