package mskplanner.metrics.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach AWS: region, credentials profile, an optional endpoint (for tests and stubs) and the retry policy.
 *
 * @param region AWS region code
 * @param profile a named profile of the shared config; empty = the SDK's default credentials chain
 * @param endpoint overrides the service endpoint of both clients (e.g. a local stub)
 * @param maxAttempts attempts per call, first one included
 * @param baseDelay first backoff delay; it doubles per retry, with jitter
 * @param maxDelay longest backoff delay
 */
public record AwsSettings(String region, Optional<String> profile, Optional<URI> endpoint, int maxAttempts,
                          Duration baseDelay, Duration maxDelay) {
    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(20);

    public AwsSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(endpoint, "endpoint");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
    }

    public static AwsSettings of(String region, Optional<String> profile, Optional<URI> endpoint, int maxAttempts) {
        return new AwsSettings(region, profile, endpoint, maxAttempts, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY);
    }

    public AwsSettings withBackoff(Duration base, Duration max) {
        return new AwsSettings(region, profile, endpoint, maxAttempts, base, max);
    }
}
