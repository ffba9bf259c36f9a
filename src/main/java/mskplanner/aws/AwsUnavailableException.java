package mskplanner.aws;

/**
 * An AWS call failed in a way the user must act on (credentials, permissions, throttling, a missing resource, an
 * outage). The message is one line that says what to do; the CLI exits with code 3.
 */
public class AwsUnavailableException extends RuntimeException {
    public AwsUnavailableException(String message) {
        super(message);
    }

    public AwsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
