package mskplanner.rightsize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mskplanner.engine.rightsize.MetricSummary;
import mskplanner.engine.rightsize.SeriesStats;
import mskplanner.engine.rightsize.SeriesView;
import mskplanner.engine.rightsize.Window;

/** Statistics and chart views of aligned series. */
final class Summaries {
    /** Charts get at most this many points per series; each is the largest value of its bucket. */
    static final int MAX_CHART_POINTS = 500;

    private Summaries() {
    }

    static List<MetricSummary> perBroker(ClusterHistory.Rows rows, Window window) {
        List<MetricSummary> out = new ArrayList<>();
        for (int r = 0; r < rows.brokers().size(); r++) {
            out.add(summary(rows.metric().cloudWatchName(), "broker " + rows.brokers().get(r), rows.unit(),
                    rows.values()[r], window));
        }
        return out;
    }

    static MetricSummary summary(String metric, String scope, String unit, double[] slots, Window window) {
        double[] values = Aligned.present(slots);
        Optional<SeriesStats> stats = values.length == 0 ? Optional.empty() : Optional.of(Statistics.summarise(values));
        return new MetricSummary(metric, scope, unit, values.length, Math.max(0, window.expectedPoints() - values.length), stats);
    }

    static List<SeriesView> views(ClusterHistory.Rows rows, String metric, Window window) {
        List<SeriesView> out = new ArrayList<>();
        for (int r = 0; r < rows.brokers().size(); r++) {
            out.add(view(metric, "broker " + rows.brokers().get(r), rows.unit(), rows.values()[r], window));
        }
        return out;
    }

    /** The series in at most {@link #MAX_CHART_POINTS} buckets, each the largest value present in it. */
    static SeriesView view(String metric, String scope, String unit, double[] slots, Window window) {
        int bucket = Math.max(1, (slots.length + MAX_CHART_POINTS - 1) / MAX_CHART_POINTS);
        long[] t = new long[(slots.length + bucket - 1) / bucket];
        double[] v = new double[t.length];
        int n = 0;
        for (int start = 0; start < slots.length; start += bucket) {
            double max = Double.NaN;
            for (int s = start; s < Math.min(slots.length, start + bucket); s++) {
                if (Double.isNaN(max) || slots[s] > max) {
                    max = slots[s];
                }
            }
            if (!Double.isNaN(max)) {
                t[n] = window.slotStart(start);
                v[n++] = max;
            }
        }
        return new SeriesView(metric, scope, unit, bucket * window.periodSeconds(), Arrays.copyOf(t, n), Arrays.copyOf(v, n));
    }

    static List<MetricSummary> brokerMetrics(ClusterHistory h) {
        List<MetricSummary> out = new ArrayList<>();
        for (ClusterHistory.Rows rows : List.of(h.cpu, h.bytesIn, h.bytesOut, h.disk, h.partitions)) {
            out.addAll(perBroker(rows, h.window));
        }
        return out;
    }

    static List<MetricSummary> clusterMetrics(ClusterHistory h) {
        Window w = h.window;
        List<MetricSummary> out = new ArrayList<>(List.of(
                summary("Cluster ingress", "sum of brokers", "MB/s", h.ingressMBps, w),
                summary("Cluster egress", "sum of brokers", "MB/s", h.egressMBps, w),
                summary("CPU, hottest broker", "max of brokers", "%", h.cpuHottest, w),
                summary("CPU, broker mean", "mean of brokers", "%", h.cpuMean, w)));
        if (h.diskFullest.length > 0) {
            out.add(summary("Disk used, fullest broker", "max of brokers", "%", h.diskFullest, w));
        }
        if (h.partitionReplicas.length > 0) {
            out.add(summary("Partition replicas", "sum of brokers", "replicas", h.partitionReplicas, w));
        }
        if (h.storageUsedGiB.length > 0) {
            out.add(summary("Storage used", "cluster", "GiB", h.storageUsedGiB, w));
        }
        return out;
    }

    static List<SeriesView> views(ClusterHistory h) {
        List<SeriesView> out = new ArrayList<>(views(h.cpu, "CPU", h.window));
        out.add(view("Ingress", "cluster", "MB/s", h.ingressMBps, h.window));
        out.add(view("Egress", "cluster", "MB/s", h.egressMBps, h.window));
        out.addAll(views(h.disk, "Disk used", h.window));
        return out;
    }
}
