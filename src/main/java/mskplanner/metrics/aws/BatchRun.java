package mskplanner.metrics.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import mskplanner.aws.AwsUnavailableException;
import mskplanner.engine.rightsize.ClusterDescription;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.Window;
import mskplanner.metrics.FetchProgress;
import mskplanner.metrics.QueryIds;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/**
 * One batched read: the clusters' query units, the {@link BatchPlan} over them, a buffer per returned series and a
 * tally per cluster. {@link #send} runs one planned request (every page) and may be called from several threads at
 * once: a series belongs to exactly one request, so its buffer has one writer.
 */
final class BatchRun {
    static final String OPERATION = "cloudwatch:GetMetricData";

    private final List<ClusterTally> tallies = new ArrayList<>();
    private final List<MetricQueries.QueryUnit> units = new ArrayList<>();
    private final List<Integer> unitOwner = new ArrayList<>();
    private final Map<String, SeriesBuffer> buffers = new LinkedHashMap<>();
    private final Map<String, Integer> seriesOwner = new LinkedHashMap<>();
    private final Map<String, MetricQueries.Series> seriesById = new LinkedHashMap<>();
    private final BatchPlan plan;
    private final List<CallCounter.Tally> requestTallies = new ArrayList<>();
    private final Window window;
    private final int maxDatapoints;

    BatchRun(List<ClusterDescription> clusters, Window window, int maxQueries, int maxDatapoints) {
        this.window = window;
        this.maxDatapoints = maxDatapoints;
        List<BatchPlan.Unit> sizes = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            tallies.add(new ClusterTally(clusters.get(i)));
            // Ids must differ within a request: c1_bytesin_b1, c2_bytesin_b1, ...; one cluster keeps bytesin_b1.
            String prefix = clusters.size() == 1 ? "" : "c" + (i + 1) + "_";
            for (MetricQueries.QueryUnit u : MetricQueries.units(clusters.get(i), window.periodSeconds(), prefix)) {
                units.add(u);
                unitOwner.add(i);
                sizes.add(u.size());
                for (MetricQueries.Series s : u.series()) {
                    buffers.put(s.id(), new SeriesBuffer());
                    seriesOwner.put(s.id(), i);
                    seriesById.put(s.id(), s);
                }
            }
        }
        plan = BatchPlan.of(sizes, window.expectedPoints(), maxQueries, maxDatapoints);
        for (BatchPlan.Request r : plan.requests()) {
            owners(r).forEach(o -> tallies.get(o).expectRequest());
            requestTallies.add(new CallCounter.Tally());
        }
    }

    BatchPlan plan() {
        return plan;
    }

    List<ClusterTally> tallies() {
        return tallies;
    }

    /** Calls and retries of each planned request, in plan order. */
    List<CallCounter.Tally> requestTallies() {
        return List.copyOf(requestTallies);
    }

    /** The series read for a cluster, in query order. */
    List<MetricSeries> series(int cluster) {
        List<MetricSeries> out = new ArrayList<>();
        buffers.forEach((id, b) -> {
            if (seriesOwner.get(id) == cluster) {
                QueryIds.Key key = seriesById.get(id).key();
                out.add(MetricSeries.of(key.metric(), key.brokerId(), b.seconds(), b.values()));
            }
        });
        return out;
    }

    /**
     * Sends one planned request and follows its pages. Each answered page bills every cluster in it for its own
     * metrics; a failure of the request fails every cluster in it; a request whose clusters have all failed already
     * is not sent (nothing in it could still be used).
     */
    void send(int request, CloudWatchClient cloudWatch, AwsSettings settings, FetchProgress progress,
              Consumer<ClusterDescription> onClusterRead) {
        BatchPlan.Request r = plan.requests().get(request);
        Set<Integer> owners = owners(r);
        Map<Integer, Integer> metricsOf = metricsPerOwner(r);
        CallCounter.Tally calls = requestTallies.get(request);
        try {
            if (allFailed(owners)) {
                return;
            }
            for (GetMetricDataResponse page : cloudWatch.getMetricDataPaginator(request(r, calls))) {
                metricsOf.forEach((o, m) -> tallies.get(o).billed(m));
                for (MetricDataResult result : page.metricDataResults()) {
                    take(result, progress);
                }
                if (allFailed(owners)) {
                    break;
                }
            }
        } catch (SdkException e) {
            for (int o : owners) {
                tallies.get(o).fail(AwsErrors.translate(e, OPERATION, settings, tallies.get(o).cluster().arn()));
            }
        } finally {
            for (int o : owners) {
                if (tallies.get(o).requestDone(calls)) {
                    onClusterRead.accept(tallies.get(o).cluster());
                }
            }
        }
    }

    private GetMetricDataRequest request(BatchPlan.Request r, CallCounter.Tally calls) {
        List<MetricDataQuery> queries = new ArrayList<>();
        for (int u = r.from(); u < r.to(); u++) {
            queries.addAll(units.get(u).queries());
        }
        return GetMetricDataRequest.builder()
                .startTime(window.start()).endTime(window.end())
                .metricDataQueries(queries)
                .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                .maxDatapoints(maxDatapoints)
                .overrideConfiguration(o -> o.putExecutionAttribute(CallCounter.TALLY, calls))
                .build();
    }

    private void take(MetricDataResult result, FetchProgress progress) {
        Integer owner = seriesOwner.get(result.id());
        if (owner == null) {
            return;
        }
        ClusterTally tally = tallies.get(owner);
        String status = result.statusCodeAsString();
        QueryIds.Key key = seriesById.get(result.id()).key();
        String id = QueryIds.of(key.metric(), key.brokerId());
        if ("Forbidden".equals(status)) {
            tally.fail(new AwsUnavailableException("access denied reading " + id + " (" + OPERATION
                    + " status Forbidden): check IAM: the caller needs " + AwsErrors.IAM_ACTIONS + " on cluster "
                    + tally.cluster().arn()));
            return;
        }
        if ("InternalError".equals(status)) {
            tally.fail(new AwsUnavailableException("CloudWatch could not return " + id + " (status InternalError): "
                    + "an AWS-side problem; retry later"));
            return;
        }
        buffers.get(result.id()).append(result.timestamps(), result.values());
        tally.points(result.values().size());
        progress.advance(result.values().size());
    }

    private Set<Integer> owners(BatchPlan.Request r) {
        Set<Integer> owners = new LinkedHashSet<>();
        for (int u = r.from(); u < r.to(); u++) {
            owners.add(unitOwner.get(u));
        }
        return owners;
    }

    private Map<Integer, Integer> metricsPerOwner(BatchPlan.Request r) {
        Map<Integer, Integer> metrics = new LinkedHashMap<>();
        for (int u = r.from(); u < r.to(); u++) {
            metrics.merge(unitOwner.get(u), units.get(u).size().metrics(), Integer::sum);
        }
        return metrics;
    }

    private boolean allFailed(Set<Integer> owners) {
        return owners.stream().allMatch(o -> tallies.get(o).failed());
    }
}
