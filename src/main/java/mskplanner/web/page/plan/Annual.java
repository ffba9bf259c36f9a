package mskplanner.web.page.plan;

import java.math.BigDecimal;

/**
 * The annual figure of a monthly bill the plan answer gives no annual figure for: twelve times the monthly cents, so
 * the page's annual column is exactly the API's {@code monthlyUsd} x 12 and cannot drift from it.
 */
final class Annual {
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private Annual() {
    }

    static BigDecimal usd(BigDecimal monthlyUsd) {
        return monthlyUsd == null ? null : monthlyUsd.multiply(MONTHS_PER_YEAR);
    }
}
