package mskplanner.rightsize.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import mskplanner.aws.NoMetricsException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.FetchCost;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.metrics.FetchProgress;
import mskplanner.rightsize.History;
import mskplanner.rightsize.RightsizeService;

/**
 * Right-sizes every provisioned, active cluster of some regions: lists each region, describes the clusters a few at a
 * time, reads each region's histories in one batched read, then analyses each cluster. A cluster that fails is
 * reported as failed with its one-line reason, and a region whose listing fails is reported as such; neither stops
 * the others.
 */
public final class Fleet {
    /** At most this many clusters are described (or analysed) at once. */
    public static final int MAX_CONCURRENT_CLUSTERS = 4;
    private static final String SERVERLESS = "Serverless: right-sizing MSK Serverless is not supported";

    private static final Comparator<FleetEntry> BIGGEST_SAVING_FIRST = Comparator
            .comparing((FleetEntry e) -> e.outcome().ordinal())
            .thenComparing(FleetEntry::monthlyChangeUsd)
            .thenComparing(e -> e.member().clusterName());

    private final RightsizeService service;
    private final RightsizeOptions options;

    /** Where the fleet comes from, e.g. AWS. Each method throws with a one-line message when it cannot. */
    public interface Source {
        /** The clusters of a region (every page of the listing). */
        List<FleetMember> list(String region);

        /** A listed cluster's shape and brokers. */
        ClusterDescription describe(FleetMember member);

        /**
         * The histories of a region's described clusters, read together.
         *
         * @param onClusterRead told (from any thread) as each cluster's history is complete
         */
        RegionRead read(String region, List<ClusterDescription> clusters, Consumer<ClusterDescription> onClusterRead);
    }

    public Fleet(RightsizeService service, RightsizeOptions options) {
        this.service = service;
        this.options = options;
    }

    /**
     * @param progress told the clusters listed, then each one as it is done (skipped, failed or read)
     */
    public FleetReport analyse(List<String> regions, int days, Source source, FetchProgress progress) {
        List<RegionFailure> failedRegions = new ArrayList<>();
        List<FleetMember> members = new ArrayList<>();
        for (String region : regions) {
            try {
                members.addAll(source.list(region));
            } catch (RuntimeException e) {
                failedRegions.add(new RegionFailure(region, reason(e)));
            }
        }
        progress.start(members.size());
        ExecutorService pool = Executors.newFixedThreadPool(MAX_CONCURRENT_CLUSTERS, r -> {
            Thread t = new Thread(r, "fleet-cluster");
            t.setDaemon(true);
            return t;
        });
        try {
            List<FleetEntry> entries = new ArrayList<>();
            Map<String, List<Described>> toRead = describe(members, source, pool, entries, progress);
            FetchCost cloudWatch = FleetSummary.NO_CALLS;
            for (Map.Entry<String, List<Described>> region : toRead.entrySet()) {
                RegionRead read = read(region.getKey(), region.getValue(), source, progress);
                cloudWatch = FleetSummary.total(cloudWatch, read.cloudWatch());
                entries.addAll(all(pool, region.getValue().stream()
                        .map(d -> (Callable<FleetEntry>) () -> verdict(d, read)).toList(), region.getValue()));
            }
            entries.sort(BIGGEST_SAVING_FIRST);
            return new FleetReport(regions, days, entries, failedRegions, FleetSummary.of(entries, cloudWatch));
        } finally {
            pool.shutdownNow();
        }
    }

    /** A listed cluster and what DescribeClusterV2 said of it. */
    private record Described(FleetMember member, ClusterDescription cluster) {
    }

    /** Describes the clusters to read, by region; the others become entries at once. */
    private Map<String, List<Described>> describe(List<FleetMember> members, Source source, ExecutorService pool,
                                                  List<FleetEntry> entries, FetchProgress progress) {
        List<FleetMember> active = new ArrayList<>();
        for (FleetMember m : members) {
            if (m.serverless()) {
                entries.add(FleetEntry.skipped(m, SERVERLESS));
                progress.advance(1);
            } else if (!FleetMember.ACTIVE.equals(m.state())) {
                entries.add(FleetEntry.skipped(m, "not ACTIVE (state " + m.state() + ")"));
                progress.advance(1);
            } else {
                active.add(m);
            }
        }
        List<Future<ClusterDescription>> futures = new ArrayList<>();
        for (FleetMember m : active) {
            futures.add(pool.submit(() -> source.describe(m)));
        }
        Map<String, List<Described>> byRegion = new LinkedHashMap<>();
        for (int i = 0; i < active.size(); i++) {
            FleetMember m = active.get(i);
            try {
                ClusterDescription c = futures.get(i).get();
                if (c.clusterType() == ClusterDescription.ClusterType.SERVERLESS) {
                    entries.add(FleetEntry.skipped(m, SERVERLESS));
                    progress.advance(1);
                } else {
                    byRegion.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(new Described(m, c));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                entries.add(FleetEntry.failed(m, "interrupted before the cluster was read"));
                progress.advance(1);
            } catch (ExecutionException e) {
                entries.add(FleetEntry.failed(m, reason(e.getCause())));
                progress.advance(1);
            }
        }
        return byRegion;
    }

    private static RegionRead read(String region, List<Described> clusters, Source source, FetchProgress progress) {
        try {
            return source.read(region, clusters.stream().map(Described::cluster).toList(), c -> progress.advance(1));
        } catch (RuntimeException e) {
            // The source reports per cluster; a failure of the whole read is every cluster's.
            Map<String, RuntimeException> failures = new LinkedHashMap<>();
            clusters.forEach(d -> failures.put(d.cluster().arn(), e));
            return new RegionRead(Map.of(), failures, FleetSummary.NO_CALLS);
        }
    }

    private FleetEntry verdict(Described d, RegionRead read) {
        FleetMember m = d.member();
        RuntimeException failure = read.failures().get(d.cluster().arn());
        History history = read.histories().get(d.cluster().arn());
        if (failure == null && history == null) {
            return FleetEntry.failed(m, "the read returned nothing for this cluster");
        }
        try {
            if (failure != null) {
                throw failure;
            }
            return FleetEntry.verdict(m, service.analyse(history, options));
        } catch (NoMetricsException | NoMetricDataException e) {
            return FleetEntry.skipped(m, "no metrics: " + e.getMessage());
        } catch (RuntimeException e) {
            return FleetEntry.failed(m, reason(e));
        }
    }

    private static List<FleetEntry> all(ExecutorService pool, List<Callable<FleetEntry>> tasks, List<Described> clusters) {
        List<Future<FleetEntry>> futures = tasks.stream().map(pool::submit).toList();
        List<FleetEntry> entries = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                entries.add(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                entries.add(FleetEntry.failed(clusters.get(i).member(), "interrupted before the cluster was analysed"));
            } catch (ExecutionException e) {
                entries.add(FleetEntry.failed(clusters.get(i).member(), reason(e.getCause())));
            }
        }
        return entries;
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
