package mskplanner.rightsize.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.FetchCost;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.metrics.FetchProgress;
import mskplanner.rightsize.RightsizeService;
import mskplanner.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The fleet runner on its own, over a made-up source: bounded concurrency, one region read at once with all its
 * clusters, a failure (of a cluster or of a region's listing) never stops the others, the totals are the reads'.
 */
class FleetTest {
    private static final Fleet FLEET = new Fleet(new RightsizeService(Fixtures.bundled()), RightsizeOptions.DEFAULTS);
    private static final FetchCost TWO_CALLS = new FetchCost(2, 1, 36, 100, Optional.of(new BigDecimal("0.00036")));

    private static List<FleetMember> members(String region, int n) {
        List<FleetMember> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new FleetMember("arn:aws:kafka:" + region + ":123456789012:cluster/c" + i + "/x-1", "c" + i, region,
                    false, FleetMember.ACTIVE));
        }
        return list;
    }

    private static ClusterDescription description(FleetMember m) {
        return new ClusterDescription(m.clusterArn(), m.clusterName(), m.region(), ClusterDescription.ClusterType.PROVISIONED,
                "kafka.m7g.large", 3, 1000, 0, ClusterDescription.StorageMode.LOCAL, List.of("1", "2", "3"), 3);
    }

    /** A source whose listing, describing and reading are given by the test. */
    private record FakeSource(Function<String, List<FleetMember>> lister, Function<FleetMember, ClusterDescription> describer,
                              List<String> reads) implements Fleet.Source {
        @Override
        public List<FleetMember> list(String region) {
            return lister.apply(region);
        }

        @Override
        public ClusterDescription describe(FleetMember member) {
            return describer.apply(member);
        }

        @Override
        public RegionRead read(String region, List<ClusterDescription> clusters, Consumer<ClusterDescription> onClusterRead) {
            reads.add(region + ": " + String.join(",", clusters.stream().map(ClusterDescription::name).toList()));
            clusters.forEach(onClusterRead);
            Map<String, RuntimeException> failures = new LinkedHashMap<>();
            clusters.forEach(c -> failures.put(c.arn(), new AwsUnavailableException("no metrics read for " + c.name())));
            return new RegionRead(Map.of(), failures, TWO_CALLS);
        }
    }

    @Test
    void at_most_four_clusters_are_described_at_once_and_each_failure_stays_with_its_cluster() {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch fourInside = new CountDownLatch(Fleet.MAX_CONCURRENT_CLUSTERS);
        AtomicInteger done = new AtomicInteger();
        FleetReport report = FLEET.analyse(List.of("us-east-1"), 1, new FakeSource(r -> members(r, 10), m -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            fourInside.countDown();
            try {
                // Holds the first describers until four are inside at once (bounded: never longer than 10 s).
                fourInside.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            throw new AwsUnavailableException("denied " + m.clusterName());
        }, new CopyOnWriteArrayList<>()), counting(done));

        assertThat(most.get()).isEqualTo(Fleet.MAX_CONCURRENT_CLUSTERS);
        assertThat(done.get()).isEqualTo(10);
        assertThat(report.entries()).hasSize(10).allMatch(e -> e.reason().orElseThrow().equals("denied " + e.member().clusterName()));
        assertThat(report.allFailed()).isTrue();
        assertThat(report.summary().counts()).containsEntry(FleetSummary.FAILED, 10);
    }

    @Test
    void each_region_is_read_once_with_all_its_described_clusters_and_the_totals_are_the_reads() {
        List<String> reads = new CopyOnWriteArrayList<>();
        FleetReport report = FLEET.analyse(List.of("us-east-1", "eu-west-1"), 1,
                new FakeSource(r -> members(r, 3), FleetTest::description, reads), FetchProgress.NONE);
        assertThat(reads).containsExactly("us-east-1: c1,c2,c3", "eu-west-1: c1,c2,c3");
        assertThat(report.entries()).hasSize(6).allMatch(e -> e.reason().orElseThrow().startsWith("no metrics read for "));
        // Two regions' reads of 2 calls (1 retry), 36 metrics, $0.00036 each: 4 calls, 2 retries, 72 metrics, $0.00072.
        assertThat(report.summary().cloudWatchApiCalls()).isEqualTo(4);
        assertThat(report.summary().cloudWatchRetries()).isEqualTo(2);
        assertThat(report.summary().metricsRequested()).isEqualTo(72);
        assertThat(report.summary().cloudWatchCostUsd()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.00072"));
    }

    @Test
    void a_region_that_cannot_be_listed_is_reported_and_the_other_regions_go_on() {
        List<String> reads = new CopyOnWriteArrayList<>();
        FleetReport report = FLEET.analyse(List.of("us-east-1", "eu-west-1"), 1, new FakeSource(r -> {
            if (r.equals("eu-west-1")) {
                throw new AwsUnavailableException("kafka:ListClustersV2 in eu-west-1 was throttled");
            }
            return members(r, 2);
        }, FleetTest::description, reads), FetchProgress.NONE);
        assertThat(report.failedRegions()).containsExactly(new RegionFailure("eu-west-1", "kafka:ListClustersV2 in eu-west-1 was throttled"));
        assertThat(reads).containsExactly("us-east-1: c1,c2");
        assertThat(report.entries()).hasSize(2);
    }

    @Test
    void a_run_where_no_region_could_be_listed_has_failed_and_one_where_some_could_has_not() {
        Fleet.Source none = new FakeSource(r -> {
            throw new AwsUnavailableException("denied in " + r);
        }, FleetTest::description, new CopyOnWriteArrayList<>());
        assertThat(FLEET.analyse(List.of("us-east-1", "eu-west-1"), 1, none, FetchProgress.NONE).allFailed()).isTrue();
        Fleet.Source emptyEast = new FakeSource(r -> {
            if (r.equals("eu-west-1")) {
                throw new AwsUnavailableException("denied in " + r);
            }
            return List.of();
        }, FleetTest::description, new CopyOnWriteArrayList<>());
        assertThat(FLEET.analyse(List.of("us-east-1", "eu-west-1"), 1, emptyEast, FetchProgress.NONE).allFailed()).isFalse();
    }

    @Test
    void an_empty_fleet_has_not_failed_and_made_no_calls() {
        FleetReport report = FLEET.analyse(List.of("us-east-1"), 1, new FakeSource(r -> List.of(), m -> {
            throw new AssertionError("nothing to describe");
        }, new CopyOnWriteArrayList<>()), FetchProgress.NONE);
        assertThat(report.allFailed()).isFalse();
        assertThat(report.summary().clusters()).isZero();
        assertThat(report.summary().cloudWatchApiCalls()).isZero();
        assertThat(report.summary().cloudWatchCostUsd()).hasValueSatisfying(c -> assertThat(c).isZero());
    }

    @Test
    void a_verdict_entry_needs_a_report() {
        FleetMember m = members("us-east-1", 1).get(0);
        assertThatThrownBy(() -> new FleetEntry(m, FleetEntry.Outcome.VERDICT, Optional.empty(), Optional.of("why")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a VERDICT entry needs a report and no reason, cluster " + m.clusterArn());
    }

    private static FetchProgress counting(AtomicInteger done) {
        return new FetchProgress() {
            @Override
            public void start(long expected) {
            }

            @Override
            public void advance(long n) {
                done.addAndGet((int) n);
            }

            @Override
            public void close() {
            }
        };
    }
}
