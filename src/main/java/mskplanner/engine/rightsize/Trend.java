package mskplanner.engine.rightsize;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A linear trend fitted by least squares to a series' daily 95th percentiles.
 *
 * @param series which series, e.g. {@code CPU (hottest broker)}
 * @param unit unit of the values
 * @param dailyP95 the daily values the line was fitted to
 * @param fit the fitted line; empty with fewer than {@link #MIN_DAYS} days
 */
public record Trend(String series, String unit, List<DailyValue> dailyP95, Optional<Fit> fit) {
    /** Fewer days than this leave a line meaningless. */
    public static final int MIN_DAYS = 3;

    public Trend {
        dailyP95 = List.copyOf(dailyP95);
    }

    /**
     * value(day) = intercept + slopePerDay x (day - origin), in days.
     *
     * @param origin the day where x = 0
     * @param slopePerDay change per day, in the series' unit
     * @param intercept value at the origin
     * @param rSquared coefficient of determination (1 = every day on the line)
     */
    public record Fit(LocalDate origin, double slopePerDay, double intercept, double rSquared) {
        public double valueOn(LocalDate day) {
            return intercept + slopePerDay * ChronoUnit.DAYS.between(origin, day);
        }
    }
}
