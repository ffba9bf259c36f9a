package mskplanner.rightsize;

import java.util.Arrays;
import java.util.List;
import mskplanner.engine.rightsize.MetricSeries;
import mskplanner.engine.rightsize.Window;

/**
 * Series put on the window's slots (one slot per period), so brokers can be combined point by point.
 * A missing point is NaN.
 */
final class Aligned {
    private Aligned() {
    }

    /** One row per series, each value multiplied by {@code scale} (e.g. 1e-6 for bytes/s to MB/s). */
    static double[][] align(List<MetricSeries> series, Window window, double scale) {
        int slots = window.expectedPoints();
        double[][] rows = new double[series.size()][];
        for (int r = 0; r < rows.length; r++) {
            double[] row = new double[slots];
            Arrays.fill(row, Double.NaN);
            MetricSeries s = series.get(r);
            for (int i = 0; i < s.size(); i++) {
                int slot = window.slotOf(s.epochSecond(i));
                if (slot >= 0) {
                    row[slot] = s.value(i) * scale;
                }
            }
            rows[r] = row;
        }
        return rows;
    }

    /** The sum over rows, only where every row has a point (NaN propagates): a partial sum would understate the cluster. */
    static double[] sum(double[][] rows) {
        if (rows.length == 0) {
            return new double[0];
        }
        double[] out = rows[0].clone();
        for (int r = 1; r < rows.length; r++) {
            double[] row = rows[r];
            for (int slot = 0; slot < out.length; slot++) {
                out[slot] += row[slot];
            }
        }
        return out;
    }

    /** The largest value of any row at each slot, where at least one row has a point. */
    static double[] max(double[][] rows) {
        if (rows.length == 0) {
            return new double[0];
        }
        double[] out = rows[0].clone();
        for (int r = 1; r < rows.length; r++) {
            double[] row = rows[r];
            for (int slot = 0; slot < out.length; slot++) {
                double v = row[slot];
                if (Double.isNaN(out[slot]) || v > out[slot]) {
                    out[slot] = v;
                }
            }
        }
        return out;
    }

    /** The mean over the rows present at each slot. */
    static double[] mean(double[][] rows) {
        if (rows.length == 0) {
            return new double[0];
        }
        double[] out = new double[rows[0].length];
        for (int slot = 0; slot < out.length; slot++) {
            double total = 0;
            int n = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[slot])) {
                    total += row[slot];
                    n++;
                }
            }
            out[slot] = n == 0 ? Double.NaN : total / n;
        }
        return out;
    }

    /** The values that are present, in slot order. */
    static double[] present(double[] slots) {
        int n = 0;
        for (double v : slots) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        double[] out = new double[n];
        int i = 0;
        for (double v : slots) {
            if (!Double.isNaN(v)) {
                out[i++] = v;
            }
        }
        return out;
    }
}
