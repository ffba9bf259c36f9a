package mskplanner.rightsize.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mskplanner.aws.NoMetricsException;
import mskplanner.engine.rightsize.NoMetricDataException;
import mskplanner.engine.rightsize.RightsizeOptions;
import mskplanner.rightsize.History;
import mskplanner.rightsize.RightsizeService;

/**
 * Right-sizes every provisioned, active cluster of a listing through the single-cluster path, a few at a time. A
 * cluster that fails is reported as failed with its one-line reason; it never stops the others.
 */
public final class Fleet {
    /** At most this many clusters are read at once: each runs its own sequence of GetMetricData calls. */
    public static final int MAX_CONCURRENT_CLUSTERS = 4;

    private static final Comparator<FleetEntry> BIGGEST_SAVING_FIRST = Comparator
            .comparing((FleetEntry e) -> e.outcome().ordinal())
            .thenComparing(FleetEntry::monthlyChangeUsd)
            .thenComparing(e -> e.member().clusterName());

    private final RightsizeService service;
    private final RightsizeOptions options;

    /** Reads one cluster's history, e.g. from CloudWatch; throws with a one-line message when it cannot. */
    @FunctionalInterface
    public interface Reader {
        History read(FleetMember member);
    }

    public Fleet(RightsizeService service, RightsizeOptions options) {
        this.service = service;
        this.options = options;
    }

    /**
     * @param onClusterDone told after each cluster, from the worker threads
     */
    public FleetReport analyse(List<String> regions, int days, List<FleetMember> members, Reader reader,
                               Runnable onClusterDone) {
        ExecutorService pool = Executors.newFixedThreadPool(MAX_CONCURRENT_CLUSTERS, r -> {
            Thread t = new Thread(r, "fleet-cluster");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FleetEntry>> futures = new ArrayList<>();
            for (FleetMember m : members) {
                futures.add(pool.submit(() -> {
                    try {
                        return entry(m, reader);
                    } finally {
                        onClusterDone.run();
                    }
                }));
            }
            List<FleetEntry> entries = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                entries.add(await(futures.get(i), members.get(i)));
            }
            entries.sort(BIGGEST_SAVING_FIRST);
            return new FleetReport(regions, days, entries, FleetSummary.of(entries));
        } finally {
            pool.shutdownNow();
        }
    }

    FleetEntry entry(FleetMember m, Reader reader) {
        if (m.serverless()) {
            return FleetEntry.skipped(m, "Serverless: right-sizing MSK Serverless is not supported");
        }
        if (!FleetMember.ACTIVE.equals(m.state())) {
            return FleetEntry.skipped(m, "not ACTIVE (state " + m.state() + ")");
        }
        try {
            return FleetEntry.verdict(m, service.analyse(reader.read(m), options));
        } catch (NoMetricsException | NoMetricDataException e) {
            return FleetEntry.skipped(m, "no metrics: " + e.getMessage());
        } catch (RuntimeException e) {
            return FleetEntry.failed(m, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static FleetEntry await(Future<FleetEntry> f, FleetMember m) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FleetEntry.failed(m, "interrupted before the cluster was read");
        } catch (ExecutionException e) {
            return FleetEntry.failed(m, String.valueOf(e.getCause()));
        }
    }
}
