package mskplanner.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import mskplanner.aws.RetryWatch;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.DataSource;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.ClusterArn;
import mskplanner.metrics.FetchProgress;
import mskplanner.metrics.aws.AwsClients;
import mskplanner.metrics.aws.AwsSettings;
import mskplanner.metrics.aws.CallCounter;
import mskplanner.metrics.aws.CloudWatchMetricsReader;
import mskplanner.metrics.aws.MskClusterLister;
import mskplanner.metrics.aws.MskClusterReader;
import mskplanner.pricing.PricingData;
import mskplanner.rightsize.History;
import mskplanner.rightsize.fleet.Fleet;
import mskplanner.rightsize.fleet.FleetMember;
import mskplanner.rightsize.fleet.RegionRead;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.kafka.KafkaClient;

/**
 * The fleet from AWS: ListClustersV2, DescribeClusterV2 and ListNodes per cluster, and one batched GetMetricData read
 * per region over one window ending now (the same for every cluster). One pair of clients per region, shared by the
 * threads of the run, closed at the end.
 */
final class AwsFleet implements Fleet.Source, AutoCloseable {
    private final Optional<String> profile;
    private final Optional<URI> endpoint;
    private final int maxAttempts;
    private final RetryWatch.Listener retries;
    private final Window window;
    private final PricingData pricing;
    private final Map<String, Clients> clients = new LinkedHashMap<>();

    private record Clients(AwsSettings settings, KafkaClient kafka, CloudWatchClient cloudWatch) {
    }

    AwsFleet(Optional<String> profile, Optional<URI> endpoint, int maxAttempts, RetryWatch.Listener retries,
             Window window, PricingData pricing) {
        this.profile = profile;
        this.endpoint = endpoint;
        this.maxAttempts = maxAttempts;
        this.retries = retries;
        this.window = window;
        this.pricing = pricing;
    }

    @Override
    public List<FleetMember> list(String region) {
        Clients c = clients(region);
        return new MskClusterLister(c.kafka(), c.settings()).list().stream()
                .map(l -> new FleetMember(l.arn(), l.name(), l.region(), l.serverless(), l.state())).toList();
    }

    @Override
    public ClusterDescription describe(FleetMember member) {
        Clients c = clients(member.region());
        return new MskClusterReader(c.kafka(), c.settings()).read(ClusterArn.parse(member.clusterArn()));
    }

    @Override
    public RegionRead read(String region, List<ClusterDescription> clusters, Consumer<ClusterDescription> onClusterRead) {
        Clients c = clients(region);
        var fetch = new CloudWatchMetricsReader(c.cloudWatch(), c.settings(), pricing.limits().cloudwatch(),
                AwsSource.price(pricing, c.settings())).readAll(clusters, window, FetchProgress.NONE, onClusterRead);
        Map<String, History> histories = new LinkedHashMap<>();
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        for (CloudWatchMetricsReader.ClusterRead read : fetch.clusters()) {
            String arn = read.cluster().arn();
            if (read.failure().isPresent()) {
                failures.put(arn, read.failure().get());
            } else {
                histories.put(arn, new History(read.cluster(), read.series(), window, new DataSource("CloudWatch",
                        "GetMetricData in " + region + ", batched with the fleet's other clusters", Optional.of(read.cost()))));
            }
        }
        return new RegionRead(histories, failures, fetch.total());
    }

    private synchronized Clients clients(String region) {
        return clients.computeIfAbsent(region, r -> {
            AwsSettings settings = AwsSettings.of(r, profile, endpoint, maxAttempts);
            return new Clients(settings, AwsClients.kafka(settings, new CallCounter(retries)),
                    AwsClients.cloudWatch(settings, new CallCounter(retries)));
        });
    }

    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Clients c : clients.values()) {
            try {
                c.kafka().close();
                c.cloudWatch().close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        clients.clear();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
