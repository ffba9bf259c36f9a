package mskplanner.rightsize;

import java.util.Map;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.RightsizeOptions;

/**
 * The settings a visitor of the page or a caller of the API may give as form fields: what CloudWatch cannot tell
 * ({@code replicationFactor}) and how to read the history ({@code peakPercentile}). The CLI has the same as
 * {@code --replication-factor} and {@code --peak-percentile}. A blank field keeps the default.
 */
public final class RightsizeSettings {
    public static final String REPLICATION_FACTOR = "replicationFactor";
    public static final String PEAK_PERCENTILE = "peakPercentile";

    private RightsizeSettings() {
    }

    public static RightsizeOptions options(Map<String, String> fields) {
        RightsizeOptions options = RightsizeOptions.DEFAULTS;
        String rf = blankToNull(fields.get(REPLICATION_FACTOR));
        if (rf != null) {
            try {
                options = options.withReplicationFactor(Integer.parseInt(rf));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(REPLICATION_FACTOR, rf, "1, 2 or 3");
            }
        }
        String percentile = blankToNull(fields.get(PEAK_PERCENTILE));
        if (percentile != null) {
            try {
                options = options.withPeakPercentile(Double.parseDouble(percentile));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(PEAK_PERCENTILE, percentile, "a percentile > 0 and <= 100 (99 is the default)");
            }
        }
        return options;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
