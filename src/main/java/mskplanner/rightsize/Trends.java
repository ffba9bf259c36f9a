package mskplanner.rightsize;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import mskplanner.engine.rightsize.Crossing;
import mskplanner.engine.rightsize.DailyValue;
import mskplanner.engine.rightsize.Trend;
import mskplanner.engine.rightsize.Window;
import mskplanner.engine.units.Units;

/**
 * Daily 95th percentiles, a least-squares line through them (commons-math3 {@link SimpleRegression}), and the day
 * that line reaches a threshold.
 */
public final class Trends {
    /** A day counts when it has at least this share of its points: a half day would skew its p95. */
    static final double MIN_DAY_COVERAGE = 0.5;
    /** A week at least, so that a weekly cycle (quiet weekends) is not read as growth or decline. */
    static final int MIN_DAYS_FOR_FORECAST = 7;
    /** Crossings further out than this are reported as "not within a year". */
    static final int MAX_FORECAST_DAYS = 365;

    private Trends() {
    }

    /** The p95 of each UTC day of slot-aligned values (NaN = missing). */
    public static List<DailyValue> dailyP95(double[] slots, Window window) {
        int perDay = (int) Math.max(1, Units.SECONDS_PER_DAY / window.periodSeconds());
        List<DailyValue> days = new ArrayList<>();
        int slot = 0;
        while (slot < slots.length) {
            long day = Math.floorDiv(window.slotStart(slot), Units.SECONDS_PER_DAY);
            int first = slot;
            while (slot < slots.length && Math.floorDiv(window.slotStart(slot), Units.SECONDS_PER_DAY) == day) {
                slot++;
            }
            double[] values = Aligned.present(Arrays.copyOfRange(slots, first, slot));
            if (values.length >= perDay * MIN_DAY_COVERAGE) {
                days.add(new DailyValue(LocalDate.ofEpochDay(day), Statistics.percentile(values, 95)));
            }
        }
        return days;
    }

    /** A line through the daily values; no fit with fewer than {@link Trend#MIN_DAYS} days. */
    public static Trend fit(String series, String unit, List<DailyValue> days) {
        if (days.size() < Trend.MIN_DAYS) {
            return new Trend(series, unit, days, Optional.empty());
        }
        LocalDate origin = days.get(0).day();
        SimpleRegression regression = new SimpleRegression();
        for (DailyValue d : days) {
            regression.addData(ChronoUnit.DAYS.between(origin, d.day()), d.value());
        }
        double r2 = regression.getRSquare();
        return new Trend(series, unit, days, Optional.of(new Trend.Fit(origin, regression.getSlope(),
                regression.getIntercept(), Double.isNaN(r2) ? 0 : r2)));
    }

    /** A line worth forecasting with: at least a week of days, explaining enough of their variation. */
    static boolean solid(Trend trend, double minRSquared) {
        return trend.fit().isPresent() && trend.dailyP95().size() >= MIN_DAYS_FOR_FORECAST
                && trend.fit().get().rSquared() >= minRSquared;
    }

    /** When the trend's line reaches {@code limit}, judged from the last day analysed. */
    public static Crossing crossing(Trend trend, String threshold, double limit, double minRSquared) {
        if (trend.fit().isEmpty()) {
            return new Crossing(trend.series(), threshold, limit, trend.unit(), Crossing.Status.NO_TREND, Optional.empty(), false);
        }
        Trend.Fit fit = trend.fit().get();
        boolean weak = !solid(trend, minRSquared);
        LocalDate last = trend.dailyP95().get(trend.dailyP95().size() - 1).day();
        if (fit.valueOn(last) >= limit) {
            return new Crossing(trend.series(), threshold, limit, trend.unit(), Crossing.Status.ALREADY_ABOVE, Optional.of(last), weak);
        }
        if (!(fit.slopePerDay() > 0)) {
            return new Crossing(trend.series(), threshold, limit, trend.unit(), Crossing.Status.NOT_RISING, Optional.empty(), weak);
        }
        double x = (limit - fit.intercept()) / fit.slopePerDay();
        // Compare in days before building a date: a nearly flat line crosses beyond any representable date.
        double daysAfterLast = Math.ceil(x) - ChronoUnit.DAYS.between(fit.origin(), last);
        if (!(daysAfterLast <= MAX_FORECAST_DAYS)) {
            return new Crossing(trend.series(), threshold, limit, trend.unit(), Crossing.Status.NOT_WITHIN_A_YEAR, Optional.empty(), weak);
        }
        LocalDate day = fit.origin().plusDays((long) Math.ceil(x));
        return new Crossing(trend.series(), threshold, limit, trend.unit(), Crossing.Status.CROSSES, Optional.of(day), weak);
    }

    /**
     * How much the line rises from the last day to {@code days} later, as a factor >= 1; 1 when there is no line,
     * it is weak, it spans less than a week, or it does not rise.
     */
    public static double growthFactor(Trend trend, int days, double minRSquared) {
        if (!solid(trend, minRSquared)) {
            return 1;
        }
        Trend.Fit fit = trend.fit().get();
        LocalDate last = trend.dailyP95().get(trend.dailyP95().size() - 1).day();
        double now = fit.valueOn(last);
        double later = fit.valueOn(last.plusDays(days));
        return now > 0 && later > now ? later / now : 1;
    }
}
