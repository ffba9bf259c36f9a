package mskplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.ClusterArn;
import mskplanner.metrics.FetchProgress;
import mskplanner.metrics.aws.AwsClients;
import mskplanner.metrics.aws.AwsSettings;
import mskplanner.metrics.aws.CallCounter;
import mskplanner.metrics.aws.MskClusterReader;
import mskplanner.metrics.file.ClusterFile;
import mskplanner.metrics.prometheus.PromQueries;
import mskplanner.metrics.prometheus.PrometheusMetricsReader;
import mskplanner.metrics.prometheus.PrometheusUnavailableException;
import mskplanner.metrics.prometheus.PrometheusUrl;
import mskplanner.metrics.prometheus.QueryRange;
import mskplanner.pricing.PricingData;
import mskplanner.rightsize.History;
import software.amazon.awssdk.services.kafka.KafkaClient;

/**
 * {@code --prometheus-url}: the history from Prometheus ({@code query_range}), ending now; the cluster's shape from
 * the MSK API ({@code --cluster-arn}) or from a describe-cluster-v2 export ({@code --cluster-file}).
 */
record PrometheusSource(PrometheusUrl url, PromQueries queries, Optional<String> clusterArn, Optional<Path> clusterFile,
                        Optional<String> region, Optional<String> profile, Optional<URI> endpoint, int maxAttempts, int days, Integer period,
                        Optional<Instant> end, FetchProgress progress) implements RightsizeCommand.Source {

    /** The source the command's options describe; {@code otherSource} is --demo or --metrics-file given as well. */
    static PrometheusSource from(RightsizeCommand c, PrometheusOptions p, boolean otherSource) {
        if (otherSource) {
            throw new InvalidInputException("source", "several", "--prometheus-url alone, not with --metrics-file or --demo");
        }
        if ((c.clusterArn == null) == (c.clusterFile == null)) {
            throw new InvalidInputException("--cluster-arn", c.clusterArn == null ? "missing" : "with --cluster-file",
                    "the cluster's shape next to --prometheus-url: exactly one of --cluster-arn ARN (read from MSK) "
                            + "or --cluster-file FILE (the output of aws kafka describe-cluster-v2)");
        }
        return new PrometheusSource(PrometheusUrl.parse(p.url), PromQueries.withOverrides(p.promql),
                Optional.ofNullable(c.clusterArn), Optional.ofNullable(c.clusterFile), Optional.ofNullable(c.region()),
                Optional.ofNullable(c.profile), Optional.ofNullable(c.endpointUrl), c.maxAttempts, c.days, c.period, Optional.ofNullable(p.end).map(PrometheusSource::instant),
                ConsoleProgress.create(c.quiet));
    }

    @Override
    public History read(PricingData pricing) throws IOException {
        int step = QueryRange.step(period, days);
        ClusterDescription cluster = cluster();
        if (cluster.clusterType() == ClusterDescription.ClusterType.SERVERLESS) {
            throw new InvalidInputException("cluster.clusterType", "SERVERLESS",
                    "a provisioned (Standard or Express) cluster: right-sizing MSK Serverless is not supported");
        }
        long last = end.orElseGet(Instant::now).getEpochSecond() / step * step;
        Window window = new Window(Instant.ofEpochSecond(last).minus(Duration.ofDays(days)), Instant.ofEpochSecond(last), step);
        PrometheusMetricsReader.Fetched fetched;
        try (FetchProgress bar = progress) {
            fetched = new PrometheusMetricsReader(PrometheusMetricsReader.httpClient(), url, queries).read(window, bar);
        }
        return new History(withBrokers(cluster, fetched.series()), fetched.series(), window, DataSource.of("Prometheus",
                "query_range at " + url + ", step " + step + " s, " + fetched.requests() + " requests"));
    }

    private ClusterDescription cluster() throws IOException {
        if (clusterFile.isPresent()) {
            try (InputStream in = RightsizeCommand.open(clusterFile.get(), "--cluster-file")) {
                return ClusterFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        ClusterArn arn = ClusterArn.parse(clusterArn.orElseThrow());
        AwsSettings settings = AwsSettings.of(region.orElse(arn.region()), profile, endpoint, maxAttempts);
        try (KafkaClient kafka = AwsClients.kafka(settings, new CallCounter())) {
            return new MskClusterReader(kafka, settings).read(arn);
        }
    }

    /** The brokers the report expects ({@link mskplanner.metrics.prometheus.BrokerInstances#expectedBrokers}). */
    static ClusterDescription withBrokers(ClusterDescription cluster, List<MetricSeries> series) {
        return mskplanner.metrics.prometheus.BrokerInstances.expectedBrokers(cluster, series);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--prometheus-end", text, "an ISO-8601 instant such as 2026-11-24T10:00:00Z");
        }
    }

    @Override
    public RuntimeException noData(NoMetricDataException e) {
        return new PrometheusUnavailableException(e.getMessage() + " from Prometheus at " + url
                + ": do the bytesIn and cpu queries match the exporters' metric names? Replace them with --promql KEY=QUERY", e);
    }
}
