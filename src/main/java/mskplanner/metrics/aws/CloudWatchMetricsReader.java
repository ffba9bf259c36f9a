package mskplanner.metrics.aws;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.aws.NoMetricsException;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.FetchCost;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.FetchProgress;
import mskplanner.metrics.QueryIds;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/**
 * Reads a cluster's history with GetMetricData: up to {@code safeQueriesPerCall} queries per request, every page
 * (NextToken, at most {@code getMetricDataMaxDatapoints} points each), retries with backoff by the SDK. Points go
 * straight into primitive arrays; API calls, retries and metrics requested are counted and priced.
 */
public final class CloudWatchMetricsReader {
    private static final String OPERATION = "cloudwatch:GetMetricData";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final CloudWatchClient cloudWatch;
    private final CallCounter counter;
    private final AwsSettings settings;
    private final Limits.CloudWatch limits;
    private final Optional<BigDecimal> usdPer1000Metrics;

    /**
     * A fetch: the series and what it took.
     *
     * @param series one per returned query
     * @param cost calls, retries, metrics requested and their price
     */
    public record Fetched(List<MetricSeries> series, FetchCost cost) {
    }

    public CloudWatchMetricsReader(CloudWatchClient cloudWatch, CallCounter counter, AwsSettings settings,
                                   Limits.CloudWatch limits, Optional<BigDecimal> usdPer1000Metrics) {
        this.cloudWatch = cloudWatch;
        this.counter = counter;
        this.settings = settings;
        this.limits = limits;
        this.usdPer1000Metrics = usdPer1000Metrics;
    }

    public Fetched read(ClusterDescription cluster, Window window, FetchProgress progress) {
        List<MetricQueries.Batch> batches = MetricQueries.batches(cluster, window.periodSeconds(), limits.safeQueriesPerCall());
        progress.start((long) window.expectedPoints() * batches.stream().mapToInt(MetricQueries.Batch::returned).sum());
        Map<String, SeriesBuffer> buffers = new LinkedHashMap<>();
        long metricsRequested = 0;
        for (MetricQueries.Batch batch : batches) {
            metricsRequested += readBatch(batch, cluster, window, buffers, progress);
        }
        long points = buffers.values().stream().mapToLong(SeriesBuffer::size).sum();
        if (points == 0) {
            throw new NoMetricsException("CloudWatch returned no AWS/Kafka data for cluster '" + cluster.name()
                    + "' in " + settings.region() + " between " + window.start() + " and " + window.end()
                    + ": is the cluster name right, and did it have traffic in the window?");
        }
        return new Fetched(series(buffers), cost(metricsRequested, points));
    }

    /** Reads every page of one batch into the buffers; returns the metrics requested, summed over its pages. */
    private long readBatch(MetricQueries.Batch batch, ClusterDescription cluster, Window window,
                           Map<String, SeriesBuffer> buffers, FetchProgress progress) {
        GetMetricDataRequest request = GetMetricDataRequest.builder()
                .startTime(window.start()).endTime(window.end())
                .metricDataQueries(batch.queries())
                .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                .maxDatapoints(limits.getMetricDataMaxDatapoints())
                .build();
        long metricsRequested = 0;
        try {
            for (GetMetricDataResponse page : cloudWatch.getMetricDataPaginator(request)) {
                metricsRequested += batch.metricsRequested();
                for (MetricDataResult r : page.metricDataResults()) {
                    requireUsable(r, cluster);
                    buffers.computeIfAbsent(r.id(), id -> new SeriesBuffer()).append(r.timestamps(), r.values());
                    progress.advance(r.values().size());
                }
            }
        } catch (SdkException e) {
            throw AwsErrors.translate(e, OPERATION, settings, cluster.arn());
        }
        return metricsRequested;
    }

    private void requireUsable(MetricDataResult r, ClusterDescription cluster) {
        String status = r.statusCodeAsString();
        if ("Forbidden".equals(status)) {
            throw new AwsUnavailableException("access denied reading " + r.id() + " (" + OPERATION
                    + " status Forbidden): check IAM: the caller needs " + AwsErrors.IAM_ACTIONS + " on cluster " + cluster.arn());
        }
        if ("InternalError".equals(status)) {
            throw new AwsUnavailableException("CloudWatch could not return " + r.id() + " (status InternalError): "
                    + "an AWS-side problem; retry later");
        }
    }

    private static List<MetricSeries> series(Map<String, SeriesBuffer> buffers) {
        List<MetricSeries> out = new ArrayList<>();
        buffers.forEach((id, b) -> QueryIds.parse(id).ifPresent(key ->
                out.add(MetricSeries.of(key.metric(), key.brokerId(), b.seconds(), b.values()))));
        return out;
    }

    private FetchCost cost(long metricsRequested, long points) {
        Optional<BigDecimal> usd = usdPer1000Metrics.map(p -> p.multiply(BigDecimal.valueOf(metricsRequested))
                .divide(THOUSAND, MathContext.DECIMAL64));
        return new FetchCost(counter.calls(), counter.retries(), metricsRequested, points, usd);
    }

    /** A growing pair of primitive arrays: a page's boxed lists are copied out at once. */
    private static final class SeriesBuffer {
        private long[] seconds = new long[1024];
        private double[] values = new double[1024];
        private int size;

        void append(List<Instant> timestamps, List<Double> page) {
            int n = Math.min(timestamps.size(), page.size());
            if (size + n > seconds.length) {
                int capacity = Math.max(size + n, seconds.length * 2);
                seconds = Arrays.copyOf(seconds, capacity);
                values = Arrays.copyOf(values, capacity);
            }
            for (int i = 0; i < n; i++) {
                seconds[size] = timestamps.get(i).getEpochSecond();
                values[size++] = page.get(i);
            }
        }

        int size() {
            return size;
        }

        long[] seconds() {
            return Arrays.copyOf(seconds, size);
        }

        double[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
