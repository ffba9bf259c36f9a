package mskplanner.metrics.prometheus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.Window;
import mskplanner.engine.units.Units;

/**
 * The step and the requests of a {@code query_range} read. Prometheus refuses a request whose range holds more than
 * 11,000 steps ("exceeded maximum resolution of 11,000 points per timeseries"), so a window that needs more at the
 * chosen step is read in consecutive chunks of at most {@link #MAX_POINTS_PER_SERIES} points each, none overlapping.
 */
public final class QueryRange {
    /** Prometheus's limit on points per series in one {@code query_range} answer (web/api/v1/api.go). */
    public static final int MAX_POINTS_PER_SERIES = 11_000;
    /** Steps below MSK's smallest advised scrape interval (60 s) only repeat samples. */
    static final int MIN_STEP_SECONDS = 10;
    static final int MAX_STEP_SECONDS = (int) Units.SECONDS_PER_DAY;
    static final int MAX_DAYS = 3_650;
    private static final int ONE_MINUTE = 60;
    private static final int FIVE_MINUTES = 300;
    private static final int ONE_HOUR = 3_600;
    /** Up to these many days the step is 1 minute, then 5 minutes up to the second bound: CloudWatch's resolutions. */
    private static final int ONE_MINUTE_UP_TO_DAYS = 15;
    private static final int FIVE_MINUTES_UP_TO_DAYS = 63;
    /** Grafana's $__rate_interval assumes four scrapes; MSK advises scraping every 60 s. */
    private static final int SCRAPE_INTERVAL_SECONDS = 60;

    /**
     * One request: evaluation instants {@code start}, {@code start + step}, ... up to {@code end}, both included.
     *
     * @param start first instant evaluated
     * @param end last instant evaluated
     * @param stepSeconds the step
     */
    public record Chunk(Instant start, Instant end, int stepSeconds) {
        public int points() {
            return (int) ((end.getEpochSecond() - start.getEpochSecond()) / stepSeconds) + 1;
        }
    }

    private QueryRange() {
    }

    /**
     * The step for a window of {@code days}: the resolutions the CloudWatch reader uses (1 minute up to 15 days,
     * 5 minutes up to 63, 1 hour beyond), so a Prometheus and a CloudWatch report of one cluster compare point for point.
     */
    public static int defaultStepSeconds(int days) {
        requireDays(days);
        if (days <= ONE_MINUTE_UP_TO_DAYS) {
            return ONE_MINUTE;
        }
        return days <= FIVE_MINUTES_UP_TO_DAYS ? FIVE_MINUTES : ONE_HOUR;
    }

    /** A user's {@code --period}, or the default for the window. */
    public static int step(Integer requestedSeconds, int days) {
        int fallback = defaultStepSeconds(days);
        if (requestedSeconds == null) {
            return fallback;
        }
        if (requestedSeconds < MIN_STEP_SECONDS || requestedSeconds > MAX_STEP_SECONDS) {
            throw new InvalidInputException("--period", requestedSeconds, "a Prometheus step of " + MIN_STEP_SECONDS
                    + " to " + MAX_STEP_SECONDS + " seconds (default " + fallback + " s for " + days + " days)");
        }
        return requestedSeconds;
    }

    /** The requests that read {@code window} (start included, end excluded) at its period, in time order. */
    public static List<Chunk> chunks(Window window) {
        int step = window.periodSeconds();
        int total = window.expectedPoints();
        List<Chunk> chunks = new ArrayList<>();
        for (int first = 0; first < total; first += MAX_POINTS_PER_SERIES) {
            int last = Math.min(total, first + MAX_POINTS_PER_SERIES) - 1;
            chunks.add(new Chunk(Instant.ofEpochSecond(window.slotStart(first)), Instant.ofEpochSecond(window.slotStart(last)), step));
        }
        return chunks;
    }

    /** What {@code $__rate_interval} stands for at this step, as Grafana defines it: max(4 scrapes, step + 1 scrape). */
    public static int rateIntervalSeconds(int stepSeconds) {
        return Math.max(4 * SCRAPE_INTERVAL_SECONDS, stepSeconds + SCRAPE_INTERVAL_SECONDS);
    }

    static void requireDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("--days", days, "1 to " + MAX_DAYS + " days of Prometheus history");
        }
    }
}
