package mskplanner.cli;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mskplanner.engine.InvalidInputException;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.Price;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.ClusterArn;
import mskplanner.metrics.FetchProgress;
import mskplanner.metrics.MetricPeriod;
import mskplanner.metrics.aws.AwsClients;
import mskplanner.metrics.aws.AwsSettings;
import mskplanner.aws.RetryWatch;
import mskplanner.metrics.aws.CallCounter;
import mskplanner.metrics.aws.CloudWatchMetricsReader;
import mskplanner.metrics.aws.MskClusterReader;
import mskplanner.pricing.PricingData;
import mskplanner.rightsize.History;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.kafka.KafkaClient;

/** {@code --cluster-arn}: the cluster from the MSK API, its history from CloudWatch, ending now. */
record AwsSource(String clusterArn, Optional<String> region, Optional<String> profile, Optional<URI> endpoint,
                 int maxAttempts, int days, Integer period, FetchProgress progress, RetryWatch.Listener retries)
        implements RightsizeCommand.Source {
    static final String REGION = "[a-z]{2}(-[a-z]+)+-\\d";

    @Override
    public History read(PricingData pricing) {
        ClusterArn arn = ClusterArn.parse(clusterArn);
        region.filter(r -> !r.matches(REGION)).ifPresent(r -> {
            throw new InvalidInputException("--region", r, "an AWS region code such as us-east-1");
        });
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new InvalidInputException("--max-attempts", maxAttempts, "1 to 20");
        }
        Limits.CloudWatch cw = pricing.limits().cloudwatch();
        int p = period == null ? MetricPeriod.choose(days, cw) : MetricPeriod.validate(period, days, cw);
        AwsSettings settings = AwsSettings.of(region.orElse(arn.region()), profile, endpoint, maxAttempts);
        Window window = window(days, p);
        try (KafkaClient kafka = AwsClients.kafka(settings, new CallCounter(retries));
             CloudWatchClient cloudWatch = AwsClients.cloudWatch(settings, new CallCounter(retries));
             FetchProgress bar = progress) {
            ClusterDescription cluster = new MskClusterReader(kafka, settings).read(arn);
            if (cluster.clusterType() == ClusterDescription.ClusterType.SERVERLESS) {
                throw new InvalidInputException("--cluster-arn", arn.value(),
                        "a provisioned (Standard or Express) cluster: right-sizing MSK Serverless is not supported");
            }
            var fetched = new CloudWatchMetricsReader(cloudWatch, settings, cw, price(pricing, settings))
                    .read(cluster, window, bar);
            return new History(cluster, fetched.series(), window,
                    new DataSource("CloudWatch", "GetMetricData in " + settings.region(), Optional.of(fetched.cost())));
        }
    }

    /** The last {@code days} up to now, cut at a whole period so every series has the same slots. */
    static Window window(int days, int periodSeconds) {
        Instant end = Instant.ofEpochSecond(Instant.now().getEpochSecond() / periodSeconds * periodSeconds);
        return new Window(end.minus(Duration.ofDays(days)), end, periodSeconds);
    }

    /** CloudWatch's price per 1,000 metrics requested in the region, from the price data. */
    static Optional<BigDecimal> price(PricingData pricing, AwsSettings settings) {
        return pricing.find(settings.region()).flatMap(s -> s.find(PriceItem.CLOUDWATCH_METRICS_REQUESTED_1000))
                .flatMap(Price::usd);
    }

    @Override
    public RuntimeException noData(NoMetricDataException e) {
        return RightsizeCommand.awsNoData(e);
    }
}
