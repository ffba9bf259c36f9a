package mskplanner.engine.rightsize;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a trend reaches a threshold.
 *
 * @param series the trend's series
 * @param threshold what the limit is, e.g. {@code CPU alarm}
 * @param limit the threshold value, in {@code unit}
 * @param unit unit of the limit
 * @param status how the trend relates to the limit
 * @param date the day the fitted line reaches the limit ({@link Status#CROSSES}) or the last day analysed
 *             ({@link Status#ALREADY_ABOVE})
 * @param weakTrend the line explains little of the daily variation (R^2 below the configured minimum)
 */
public record Crossing(String series, String threshold, double limit, String unit, Status status,
                       Optional<LocalDate> date, boolean weakTrend) {

    /** How a trend relates to a threshold. */
    public enum Status { ALREADY_ABOVE, CROSSES, NOT_WITHIN_A_YEAR, NOT_RISING, NO_TREND }
}
