package mskplanner.pricing.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import mskplanner.aws.RetryWatch;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.PricingClientBuilder;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsRequest;

/**
 * Reads products from the AWS Price List Query API (GetProducts, paginated by NextToken). The API is served from
 * us-east-1 for every priced region, so the client always calls us-east-1. Throttled calls are retried with
 * exponential backoff by the SDK's standard retry strategy; what still fails becomes an
 * {@link mskplanner.aws.AwsUnavailableException} with one line saying what to do.
 */
public final class PriceListClient implements AutoCloseable {
    public static final String SOURCE_NAME = "AWS Price List API GetProducts";
    public static final String SOURCE_URL = "https://api.pricing.us-east-1.amazonaws.com/";
    /** The largest page GetProducts returns. */
    private static final int PAGE_SIZE = 100;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

    private final PricingClient client;

    PriceListClient(PricingClient client) {
        this.client = client;
    }

    /**
     * How to reach the API.
     *
     * @param endpoint an endpoint to call instead of AWS (a local stub), if any
     * @param profile a named profile of the shared AWS config, if any (else the default credential chain)
     * @param maxAttempts attempts per call, first one included
     * @param retryBaseDelay the first backoff delay; it doubles per retry, up to 20 s
     */
    public record Settings(Optional<URI> endpoint, Optional<String> profile, int maxAttempts, Duration retryBaseDelay) {
        public Settings {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
            }
        }
    }

    public static PriceListClient create(Settings settings) {
        return create(settings, RetryWatch.Listener.NONE);
    }

    /** The client, telling {@code retries} as each retry of a call starts. */
    public static PriceListClient create(Settings settings, RetryWatch.Listener retries) {
        Duration max = settings.retryBaseDelay().compareTo(MAX_BACKOFF) > 0 ? settings.retryBaseDelay() : MAX_BACKOFF;
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(settings.retryBaseDelay(), max);
        RetryStrategy retry = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(settings.maxAttempts())
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                .build();
        PricingClientBuilder builder = PricingClient.builder()
                .region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(retry)
                        .addExecutionInterceptor(new RetryWatch(retries))
                        .apiCallAttemptTimeout(Duration.ofSeconds(30))
                        .apiCallTimeout(Duration.ofMinutes(3)));
        settings.profile().ifPresent(p -> builder.credentialsProvider(ProfileCredentialsProvider.create(p)));
        settings.endpoint().ifPresent(builder::endpointOverride);
        try {
            return new PriceListClient(builder.build());
        } catch (SdkException e) {
            throw AwsErrors.unavailable(e);
        }
    }

    /** Asks every query for one region and gathers the answer. */
    public PriceListAnswer fetch(String region, List<PriceListQuery> queries) {
        List<PriceListProduct> products = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (PriceListQuery query : queries) {
            sources.put(query.serviceCode(), SOURCE_NAME);
            products.addAll(products(query));
        }
        Optional<String> published = products.stream()
                .filter(p -> PriceListQueries.MSK.equals(p.serviceCode()))
                .map(PriceListProduct::publicationDate).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return new PriceListAnswer(region, sources, products, PriceListAnswer.isoDate(published), SOURCE_URL);
    }

    /** Every product that answers one query, all pages. */
    public List<PriceListProduct> products(PriceListQuery query) {
        GetProductsRequest request = GetProductsRequest.builder()
                .serviceCode(query.serviceCode())
                .formatVersion("aws_v1")
                .maxResults(PAGE_SIZE)
                .filters(query.filters().entrySet().stream()
                        .map(f -> Filter.builder().type(FilterType.TERM_MATCH).field(f.getKey()).value(f.getValue()).build())
                        .toList())
                .build();
        try {
            return client.getProductsPaginator(request).priceList().stream().map(PriceListJson::fromGetProducts).toList();
        } catch (SdkException e) {
            throw AwsErrors.unavailable(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
