package mskplanner.rightsize;

import java.util.List;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.MskMetric;
import mskplanner.engine.rightsize.Window;

/**
 * Every metric on the window's slots, per broker and combined over brokers. Bytes are converted here, at the edge of
 * the model: bytes/s to MB/s (10^6) and bytes to GiB (2^30).
 */
final class ClusterHistory {
    static final double MB_PER_BYTE = 1e-6;
    static final double GIB_PER_BYTE = 1d / (1L << 30);

    final Window window;
    final Rows cpu;
    final Rows bytesIn;
    final Rows bytesOut;
    final Rows disk;
    final Rows partitions;
    final double[] ingressMBps;
    final double[] egressMBps;
    final double[] cpuHottest;
    final double[] cpuMean;
    final double[] diskFullest;
    final double[] partitionReplicas;
    final double[] storageUsedGiB;

    /**
     * One metric of several brokers, aligned.
     *
     * @param metric the metric
     * @param unit unit after conversion
     * @param brokers broker id of each row
     * @param values one row per broker, NaN where a point is missing
     */
    record Rows(MskMetric metric, String unit, List<String> brokers, double[][] values) {
    }

    ClusterHistory(SeriesSet set, Window window, List<String> brokers) {
        this.window = window;
        cpu = rows(set, MskMetric.CPU, "%", 1, brokers);
        bytesIn = rows(set, MskMetric.BYTES_IN, "MB/s", MB_PER_BYTE, brokers);
        bytesOut = rows(set, MskMetric.BYTES_OUT, "MB/s", MB_PER_BYTE, brokers);
        disk = rows(set, MskMetric.DISK_USED, "%", 1, brokers);
        partitions = rows(set, MskMetric.PARTITION_COUNT, "replicas", 1, brokers);
        ingressMBps = Aligned.sum(bytesIn.values());
        egressMBps = Aligned.sum(bytesOut.values());
        cpuHottest = Aligned.max(cpu.values());
        cpuMean = Aligned.mean(cpu.values());
        diskFullest = Aligned.max(disk.values());
        partitionReplicas = Aligned.sum(partitions.values());
        storageUsedGiB = set.clusterLevel(MskMetric.STORAGE_USED)
                .map(s -> Aligned.align(List.of(s), window, GIB_PER_BYTE)[0])
                .orElse(new double[0]);
    }

    private Rows rows(SeriesSet set, MskMetric metric, String unit, double scale, List<String> brokers) {
        List<MetricSeries> series = set.perBroker(metric, brokers);
        return new Rows(metric, unit, series.stream().map(MetricSeries::brokerId).toList(),
                Aligned.align(series, window, scale));
    }

    /** The largest value of each row in the last day of the window (e.g. disk used now). */
    static double[] lastDayMax(double[][] rows, Window window) {
        int perDay = (int) Math.max(1, 86_400L / window.periodSeconds());
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            double[] row = rows[r];
            double max = Double.NaN;
            for (int slot = Math.max(0, row.length - perDay); slot < row.length; slot++) {
                if (Double.isNaN(max) || row[slot] > max) {
                    max = row[slot];
                }
            }
            out[r] = max;
        }
        return out;
    }
}
