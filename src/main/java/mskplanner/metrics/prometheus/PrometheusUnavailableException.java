package mskplanner.metrics.prometheus;

/**
 * Prometheus could not give the history: unreachable, an error answer, a rejected query or no data. The message is
 * one line that says what to do; the CLI exits with code 3, as for CloudWatch.
 */
public class PrometheusUnavailableException extends RuntimeException {
    public PrometheusUnavailableException(String message) {
        super(message);
    }

    public PrometheusUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
