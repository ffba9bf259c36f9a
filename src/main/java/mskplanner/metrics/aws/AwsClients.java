package mskplanner.metrics.aws;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.kafka.KafkaClient;

/**
 * Builds the SDK clients one way: the small URLConnection HTTP client (named explicitly so the SDK does not pick
 * one), the default credentials chain or a named profile, standard retries with exponential backoff and jitter,
 * and call timeouts so a hung connection cannot stall the CLI.
 */
public final class AwsClients {
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(60);

    private AwsClients() {
    }

    public static KafkaClient kafka(AwsSettings settings, CallCounter counter) {
        return configure(KafkaClient.builder(), settings, counter).build();
    }

    public static CloudWatchClient cloudWatch(AwsSettings settings, CallCounter counter) {
        return configure(CloudWatchClient.builder(), settings, counter).build();
    }

    /** The region of the SDK's default chain (AWS_REGION, the profile's region, ...), if it names one. */
    public static Optional<String> defaultRegion() {
        try {
            return Optional.of(new DefaultAwsRegionProviderChain().getRegion().id());
        } catch (SdkClientException e) {
            return Optional.empty();
        }
    }

    private static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(
            B builder, AwsSettings s, CallCounter counter) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(s.region()))
                .credentialsProvider(credentials(s))
                .overrideConfiguration(o -> o.retryStrategy(retryStrategy(s))
                        .addExecutionInterceptor(counter)
                        .apiCallTimeout(CALL_TIMEOUT)
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT));
        s.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    private static AwsCredentialsProvider credentials(AwsSettings s) {
        return s.profile().<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    static RetryStrategy retryStrategy(AwsSettings s) {
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(s.baseDelay(), s.maxDelay());
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(s.maxAttempts())
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                // The retry quota would stop retries long before maxAttempts on a throttled account.
                .circuitBreakerEnabled(false)
                .build();
    }
}
