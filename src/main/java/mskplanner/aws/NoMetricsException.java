package mskplanner.aws;

/**
 * CloudWatch answered, but with no data points for the cluster: the cluster exists and the caller may read it, it
 * just published nothing in the window. Still exit 3 for one cluster; a fleet run reports it as skipped.
 */
public class NoMetricsException extends AwsUnavailableException {
    public NoMetricsException(String message) {
        super(message);
    }
}
