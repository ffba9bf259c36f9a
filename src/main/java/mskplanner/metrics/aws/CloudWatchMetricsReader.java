package mskplanner.metrics.aws;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.aws.NoMetricsException;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.FetchCost;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.FetchProgress;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * Reads clusters' histories with GetMetricData, one cluster or a whole region's fleet at once: the queries of every
 * cluster are packed together by {@link BatchPlan} (at most {@code getMetricDataMaxQueries} queries per request,
 * answers of at most {@code getMetricDataMaxDatapoints} points), at most {@link #MAX_REQUESTS_IN_FLIGHT} requests
 * are sent at once, every NextToken page is followed, and the SDK retries with backoff. Calls, retries and metrics
 * requested are counted per request, so each cluster knows its share and the totals are what was sent.
 */
public final class CloudWatchMetricsReader {
    /** Requests sent at once: enough to overlap latency, few enough to stay clear of GetMetricData's rate limit. */
    public static final int MAX_REQUESTS_IN_FLIGHT = 4;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final CloudWatchClient cloudWatch;
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

    /**
     * One cluster of a batched read.
     *
     * @param cluster the cluster
     * @param series its series; empty when it failed
     * @param cost its share: the calls that carried its queries (shared with the other clusters in them), their
     *             retries, the metrics billed for its own queries, its points and their price
     * @param failure why it could not be read: AWS refused, or {@link NoMetricsException} when it has no data
     */
    public record ClusterRead(ClusterDescription cluster, List<MetricSeries> series, FetchCost cost,
                              Optional<AwsUnavailableException> failure) {
        public ClusterRead {
            series = List.copyOf(series);
        }
    }

    /**
     * A batched read.
     *
     * @param clusters one per cluster asked, in the order asked
     * @param total what was sent: every call, retry and metric billed, whichever cluster it was for
     */
    public record FleetFetch(List<ClusterRead> clusters, FetchCost total) {
        public FleetFetch {
            clusters = List.copyOf(clusters);
        }
    }

    /**
     * @param cloudWatch a client built by {@link AwsClients#cloudWatch}, whose {@link CallCounter} also counts per request
     */
    public CloudWatchMetricsReader(CloudWatchClient cloudWatch, AwsSettings settings,
                                   Limits.CloudWatch limits, Optional<BigDecimal> usdPer1000Metrics) {
        this.cloudWatch = cloudWatch;
        this.settings = settings;
        this.limits = limits;
        this.usdPer1000Metrics = usdPer1000Metrics;
    }

    /** One cluster's history; throws when it cannot be read. */
    public Fetched read(ClusterDescription cluster, Window window, FetchProgress progress) {
        ClusterRead read = readAll(List.of(cluster), window, progress, c -> { }).clusters().get(0);
        if (read.failure().isPresent()) {
            throw read.failure().get();
        }
        return new Fetched(read.series(), read.cost());
    }

    /**
     * The histories of several clusters of this client's region, their queries batched together.
     *
     * @param progress told the points expected, then as they arrive
     * @param onClusterRead told, from the request threads, when the last request carrying a cluster is over
     */
    public FleetFetch readAll(List<ClusterDescription> clusters, Window window, FetchProgress progress,
                              Consumer<ClusterDescription> onClusterRead) {
        BatchRun run = new BatchRun(clusters, window, limits.getMetricDataMaxQueries(), limits.getMetricDataMaxDatapoints());
        progress.start(run.plan().points());
        // A cluster without queries (no broker listed) is read as soon as it is planned: nothing will carry it.
        run.tallies().stream().filter(ClusterTally::nothingLeft).forEach(t -> onClusterRead.accept(t.cluster()));
        sendAll(run, progress, onClusterRead);
        List<ClusterRead> reads = new ArrayList<>();
        int calls = 0;
        int retries = 0;
        long metrics = 0;
        long points = 0;
        for (int i = 0; i < clusters.size(); i++) {
            ClusterTally t = run.tallies().get(i);
            reads.add(clusterRead(t, run.series(i), window));
            metrics += t.metricsRequested();
            points += t.points();
        }
        for (CallCounter.Tally request : run.requestTallies()) {
            calls += request.calls();
            retries += request.retries();
        }
        return new FleetFetch(reads, new FetchCost(calls, retries, metrics, points, price(metrics)));
    }

    private void sendAll(BatchRun run, FetchProgress progress, Consumer<ClusterDescription> onClusterRead) {
        List<BatchPlan.Request> requests = run.plan().requests();
        if (requests.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(MAX_REQUESTS_IN_FLIGHT, requests.size()), r -> {
            Thread t = new Thread(r, "cloudwatch-request");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                int request = i;
                futures.add(pool.submit(() -> run.send(request, cloudWatch, settings, progress, onClusterRead)));
            }
            for (Future<?> f : futures) {
                await(f, run);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> f, BatchRun run) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.tallies().forEach(t -> t.fail(new AwsUnavailableException("interrupted while reading CloudWatch")));
        } catch (ExecutionException e) {
            // send() turns every SDK failure into a cluster's failure; anything else is a bug worth its message.
            run.tallies().forEach(t -> t.fail(new AwsUnavailableException("reading CloudWatch failed: " + e.getCause(), e)));
        }
    }

    private ClusterRead clusterRead(ClusterTally t, List<MetricSeries> series, Window window) {
        FetchCost cost = new FetchCost(t.calls(), t.retries(), t.metricsRequested(), t.points(), price(t.metricsRequested()));
        if (t.failure() != null) {
            return new ClusterRead(t.cluster(), List.of(), cost, Optional.of(t.failure()));
        }
        if (t.points() == 0) {
            return new ClusterRead(t.cluster(), List.of(), cost, Optional.of(new NoMetricsException(
                    "CloudWatch returned no AWS/Kafka data for cluster '" + t.cluster().name() + "' in " + settings.region()
                            + " between " + window.start() + " and " + window.end()
                            + ": is the cluster name right, and did it have traffic in the window?")));
        }
        return new ClusterRead(t.cluster(), series, cost, Optional.empty());
    }

    private Optional<BigDecimal> price(long metricsRequested) {
        return usdPer1000Metrics.map(p -> p.multiply(BigDecimal.valueOf(metricsRequested)).divide(THOUSAND, MathContext.DECIMAL64));
    }
}
