package mskplanner.metrics;

import mskplanner.engine.InvalidInputException;
import mskplanner.engine.limits.Limits;

/**
 * The CloudWatch period a look-back of N days needs: CloudWatch keeps 1-minute points for 15 days, 5-minute points
 * for 63 days and 1-hour points for 455 days ({@code Limits.cloudwatch()}), and rejects a period that is not a
 * multiple of what is kept for the oldest part of the window.
 */
public final class MetricPeriod {
    static final int ONE_MINUTE = 60;
    static final int FIVE_MINUTES = 300;
    static final int ONE_HOUR = 3600;

    private MetricPeriod() {
    }

    /** The finest period CloudWatch still has for the whole window. */
    public static int choose(int days, Limits.CloudWatch cw) {
        requireDays(days, cw);
        if (days <= cw.retention60sDays()) {
            return ONE_MINUTE;
        }
        return days <= cw.retention300sDays() ? FIVE_MINUTES : ONE_HOUR;
    }

    /** A user's {@code --period}, checked against what CloudWatch keeps for a window of {@code days}. */
    public static int validate(int periodSeconds, int days, Limits.CloudWatch cw) {
        int finest = choose(days, cw);
        if (periodSeconds < finest || periodSeconds % finest != 0) {
            throw new InvalidInputException("--period", periodSeconds, "a multiple of " + finest + " s for a "
                    + days + "-day window (CloudWatch keeps 60 s data " + cw.retention60sDays() + " days, 300 s data "
                    + cw.retention300sDays() + " days, 3600 s data " + cw.retention3600sDays() + " days)");
        }
        return periodSeconds;
    }

    private static void requireDays(int days, Limits.CloudWatch cw) {
        if (days < 1 || days > cw.retention3600sDays()) {
            throw new InvalidInputException("--days", days, "1 to " + cw.retention3600sDays()
                    + " (CloudWatch keeps hourly data " + cw.retention3600sDays() + " days)");
        }
    }
}
