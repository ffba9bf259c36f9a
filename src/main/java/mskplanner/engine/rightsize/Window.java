package mskplanner.engine.rightsize;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.units.Units;

/**
 * The history analysed: from {@code start} (inclusive) to {@code end} (exclusive), one expected point per period.
 *
 * @param start first instant of the window
 * @param end end of the window, exclusive
 * @param periodSeconds CloudWatch period, seconds
 */
public record Window(Instant start, Instant end, int periodSeconds) {
    public Window {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (periodSeconds <= 0) {
            throw new InvalidInputException("period", periodSeconds, "a number of seconds > 0");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("window", start + " to " + end, "an end after the start");
        }
    }

    /** How many points a series with no gaps has in this window. */
    public int expectedPoints() {
        long seconds = Duration.between(start, end).getSeconds();
        return (int) ((seconds + periodSeconds - 1) / periodSeconds);
    }

    /** The slot a timestamp falls in, or -1 when it is outside the window. */
    public int slotOf(long epochSecond) {
        long offset = epochSecond - start.getEpochSecond();
        if (offset < 0 || epochSecond >= end.getEpochSecond()) {
            return -1;
        }
        return (int) (offset / periodSeconds);
    }

    public long slotStart(int slot) {
        return start.getEpochSecond() + (long) slot * periodSeconds;
    }

    public double days() {
        return Duration.between(start, end).getSeconds() / (double) Units.SECONDS_PER_DAY;
    }
}
