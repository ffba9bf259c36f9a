package mskplanner.pricing;

import java.util.Locale;

/**
 * The unit a price item's name promises: {@code storage-gb-month} is priced per GB-month, {@code broker-hour:...} per
 * hour. A price in another unit (a broker-hour price under a GB-month item) would be multiplied by the wrong quantity
 * without any error, so such a file is refused at start-up.
 */
final class PriceUnits {
    private PriceUnits() {
    }

    static void check(String where, String item, String unit) {
        String base = item.contains(":") ? item.substring(0, item.indexOf(':')) : item;
        String expected = expected(base);
        if (expected == null) {
            return;
        }
        boolean fits = expected.equals("hour") ? unit.toLowerCase(Locale.ROOT).endsWith("hour") : expected.equals(unit);
        if (!fits) {
            throw new PricingDataException(where + ".unit '" + unit + "' does not fit the item: expected "
                    + (expected.equals("hour") ? "a per-hour unit (e.g. broker-hour)" : "'" + expected + "'"));
        }
    }

    /** The unit the name ends in, or null when the name does not say (e.g. 1,000 metrics). */
    private static String expected(String base) {
        if (base.endsWith("-gb-month")) {
            return "GB-month";
        }
        if (base.endsWith("-mibps-month")) {
            return "MiB/s-month";
        }
        if (base.endsWith("-iops-month")) {
            return "IOPS-month";
        }
        if (base.endsWith("-gb")) {
            return "GB";
        }
        return base.endsWith("-hour") ? "hour" : null;
    }
}
