package mskplanner.engine.rightsize;

/** The history holds none of the points a verdict needs (e.g. no BytesInPerSec for any broker). */
public final class NoMetricDataException extends RuntimeException {
    public NoMetricDataException(String message) {
        super(message);
    }
}
